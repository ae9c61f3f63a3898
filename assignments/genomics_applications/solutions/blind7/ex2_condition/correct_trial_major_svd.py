# verdict: correct
# what: U and V from the SVD of one Gaussian (n + p) x p block drawn from default_rng(seed) (U from its first n rows via QR, V from the right singular vectors), singular values sqrt(n) * kappa**(-t) with t = linspace(0, 1, p); rmse with the noise drawn trial-major (n_trials, n), the fit from scipy.linalg.lstsq(gelsy) on all trials at once, and the mean over trials by an einsum
import scipy.linalg


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    G = rng.standard_normal((n_samples + n_features, n_features))
    U = np.linalg.qr(G[:n_samples])[0]
    V = np.linalg.svd(G[n_samples:])[2].T                 # an orthogonal p x p matrix
    t = np.linspace(0.0, 1.0, n_features) if n_features > 1 else np.zeros(1)
    s = np.sqrt(n_samples) * float(kappa) ** (-t)
    s[-1] = s[0] / kappa                                   # exact end point
    return U @ (s[:, None] * V.T)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64).ravel()
    rng = np.random.default_rng(seed)
    E = noise_sd * rng.standard_normal((int(n_trials), X.shape[0]))     # row t = noise of trial t
    Y = (E + X @ b).T
    Bhat = scipy.linalg.lstsq(X, Y, lapack_driver='gelsy')[0]
    D = Bhat - b[:, None]
    return float(np.sqrt(np.einsum('ij,ij->', D, D) / D.shape[1]))
