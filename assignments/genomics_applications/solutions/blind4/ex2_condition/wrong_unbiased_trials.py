# verdict: wrong
# what: divides the summed squared errors by n_trials - 1 (a "sample" mean, guarded for n_trials = 1) instead of T = n_trials as in the statement's rmse formula; for n_trials = 2 the result is sqrt(2) times too large.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B_hat = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(sq_err.sum() / max(n_trials - 1, 1)))
