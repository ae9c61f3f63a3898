# verdict: correct
# what: U from the polar decomposition of a Gaussian block, V from the Cayley transform of a random skew-symmetric matrix, singular values sqrt(n) kappa^(-t) with exact end points; rmse by a per-trial loop with scipy's SVD-based lstsq (gelsd) and a running sum
import scipy.linalg


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    n, p = int(n_samples), int(n_features)
    U, _ = scipy.linalg.polar(gen.standard_normal((n, p)))      # n x p, orthonormal columns
    A = gen.standard_normal((p, p))
    A = A - A.T                                                  # skew-symmetric
    eye = np.eye(p)
    V = np.linalg.solve(eye - A, eye + A)                        # Cayley transform: orthogonal
    t = np.linspace(0.0, 1.0, p)
    sv = np.sqrt(n) * float(kappa) ** (-t)
    sv[0], sv[-1] = np.sqrt(n), np.sqrt(n) / float(kappa)
    return U @ np.diag(sv) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64)
    gen = np.random.default_rng(seed)
    signal = X @ b
    sum_sq = 0.0
    for _ in range(int(n_trials)):
        y = signal + noise_sd * gen.standard_normal(X.shape[0])
        b_hat = scipy.linalg.lstsq(X, y, lapack_driver='gelsd')[0]
        sum_sq += float(np.sum((b_hat - b) ** 2))
    return float(np.sqrt(sum_sq / n_trials))
