# verdict: wrong
# what: measures the spread of the estimates around their own Monte Carlo mean (per-coefficient sample variance with ddof=1, summed) instead of the error around beta_true, so n_trials=1 gives nan and n_trials=2 a different number; breaks "rmse = sqrt(1/T sum_t ||beta_hat^(t) - beta_true||^2)"
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
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]          # (p, n_trials)
    # least squares is unbiased, so the mean squared error is the total variance of the estimates
    total_var = np.sum(np.var(B, axis=1, ddof=1))
    return float(np.sqrt(total_var))
