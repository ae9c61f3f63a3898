# verdict: wrong
# what: coefficient_rmse fits with np.linalg.pinv(X, rcond=1e-8), which drops singular values below 1e-8 * s_max, so for an ill-conditioned full-rank X (kappa > 1e8) the fit is not the least-squares fit and the error is wrong; breaks "compute the least-squares fit beta_hat(t)" for "X has full column rank"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    X_pinv = np.linalg.pinv(X, rcond=1e-8)       # guard against tiny singular values
    E = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + E
    B_hat = X_pinv @ Y
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
