# verdict: wrong
# what: returns 0.0 early when np.isclose(noise_sd, 0.0), whose default atol=1e-8 also catches small positive noise: the visible X (seed 11), beta [1, -2, 0.5], noise_sd=1e-9 (and 1e-8), 500 trials, seed 0: 0.0 instead of 2.67687e-10 (2.67687e-9); noise_sd = 2e-8 and above right; breaks "the rmse grows linearly with the noise sd" and "y = X beta_true + eps, eps ~ N(0, sigma^2 I_n), sigma = noise_sd"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    if np.isclose(noise_sd, 0.0):
        return 0.0                             # no noise: least squares recovers beta_true exactly
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
