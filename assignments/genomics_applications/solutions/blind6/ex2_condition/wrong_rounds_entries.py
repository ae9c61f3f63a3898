# verdict: wrong
# what: the matrix is rounded to 12 decimals "to clean up floating-point noise", which moves the small singular values when kappa is large (n = 100: cond is off by 3.5e-6 relative at kappa = 1e8 and 1e-5 at kappa = 1e10, against 4e-11 and 2.5e-8 for the unrounded matrix); breaks "whose 2-norm condition number (np.linalg.cond(X) ...) equals kappa up to rounding"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))   # orthonormal columns
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))  # orthogonal
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    X = U @ np.diag(s) @ V.T
    return np.round(X, 12)            # drop the 1e-17 noise of the products


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))   # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))
