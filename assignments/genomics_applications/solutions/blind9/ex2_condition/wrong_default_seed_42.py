# verdict: wrong
# what: design_with_condition's default seed is 42 (the notebook's favourite) instead of 0, so a call without seed gives another matrix than seed=0 (design_with_condition(30, 100.0): first row [0.18772, 0.10722, -0.32603] instead of [0.02573, 0.10706, -0.01027], the seed-0 matrix); breaks the fixed signature design_with_condition(n_samples, kappa, n_features=3, seed=0)
def design_with_condition(n_samples, kappa, n_features=3, seed=42):
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
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
