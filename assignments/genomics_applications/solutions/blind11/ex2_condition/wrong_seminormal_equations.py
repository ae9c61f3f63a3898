# verdict: wrong
# what: fits by the semi-normal equations R^T R beta = X^T y with R from np.linalg.qr(X, mode='r') (QR 'instead of the normal equations', but X^T y is still formed, so kappa is squared): X = reference.design_with_condition(100, k, seed=0), beta [1, -1, 0.5], noise_sd=0, n_trials=5: 0.158 at k = 1e8 and 2.22e4 at k = 1e10 instead of 2.5e-9 and 2.0e-7 (k = 1e6: 4.1e-5 instead of 3.6e-11); with noise the values equal the reference's (1.00221e9 at 1e10, 500 trials, seed 1); breaks "the fit must be the least-squares fit there too: use a method that does not square kappa (lstsq, QR, or the SVD ...), not the normal equations"
from scipy.linalg import solve_triangular


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    # QR instead of the normal equations, keeping only R (no n x p Q to store):
    # X^T X = R^T R, so R^T R beta = X^T y is solved with two triangular solves
    R = np.linalg.qr(X, mode='r')
    B = solve_triangular(R, solve_triangular(R, X.T @ Y, trans='T'))
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
