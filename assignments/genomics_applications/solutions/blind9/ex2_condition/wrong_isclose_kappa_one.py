# verdict: wrong
# what: treats any kappa within np.isclose of 1 (rtol 1e-5) as exactly 1 and returns an orthogonal design (design_with_condition(100, 1.000005): condition number 1.0000000000000004 instead of 1.000005; kappa = 1.00001 likewise; 1.0000101 and above right); breaks "whose 2-norm condition number (np.linalg.cond(X)) equals kappa up to rounding"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    if np.isclose(kappa, 1.0):
        # well conditioned: an orthogonal design (all singular values sqrt(n))
        return np.sqrt(n_samples) * U @ V.T
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
