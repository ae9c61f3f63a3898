# verdict: correct
# what: correct: np.random.Generator(np.random.SFC64(seed)); U the orthonormal rows of scipy.linalg.rq of a Gaussian (p x n) block, V the eigenvectors of a random symmetric matrix (np.linalg.eigh), singular values sqrt(n) kappa^(-t) with the end point set exactly; rmse with trial-major noise, Q^T Y applied by scipy.linalg.qr_multiply (Q never formed) and solve_triangular, squared errors by einsum
from scipy.linalg import qr_multiply, rq, solve_triangular


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.Generator(np.random.SFC64(seed))       # any non-negative int seeds it
    # U: the orthonormal rows of an RQ factorisation of a Gaussian (n_features x n_samples) block
    _, Q_rows = rq(gen.standard_normal((n_features, n_samples)), mode='economic')
    # V: the eigenvectors of a random symmetric matrix form an orthogonal matrix
    S = gen.standard_normal((n_features, n_features))
    _, V = np.linalg.eigh(S + S.T)
    sigma = np.sqrt(n_samples) * np.power(float(kappa), -np.linspace(0.0, 1.0, n_features))
    sigma[-1] = np.sqrt(n_samples) / float(kappa)          # exact end point
    return Q_rows.T @ (sigma[:, None] * V.T)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    A = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64).reshape(-1)
    gen = np.random.Generator(np.random.SFC64(seed))
    eps = noise_sd * gen.standard_normal((n_trials, A.shape[0]))   # one row per trial
    Yt = (A @ b)[None, :] + eps                                   # (n_trials, n)
    # Householder QR of A, with Q applied to the responses on the fly: (Y^T Q)^T = Q^T Y
    YtQ, R = qr_multiply(A, Yt, mode='right')
    B = solve_triangular(R, YtQ.T)                                # (p, n_trials)
    sq = np.einsum('ij,ij->j', B - b[:, None], B - b[:, None])
    return float(np.sqrt(sq.mean()))
