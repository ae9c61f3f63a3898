# verdict: wrong
# what: design_with_condition ends with a self-check assert np.isclose(np.linalg.cond(X), kappa) at isclose's default rtol 1e-5, which fails for very large kappa (design_with_condition(100, 1e13): relative error 7.5e-5 from rounding alone); breaks "you may assume kappa >= 1" (any such kappa must give a matrix whose condition number equals kappa up to rounding).
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    X = (U * s) @ V.T
    assert np.isclose(np.linalg.cond(X), kappa), "construction failed: wrong condition number"
    return X


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
