# verdict: wrong
# what: design_with_condition calls np.random.seed(seed) and draws from the global np.random state: reproducible, but it uses (and resets) the global state instead of a generator made from seed, so every later global draw in the session is changed
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    np.random.seed(seed)                     # reproducible from seed
    U, _ = np.linalg.qr(np.random.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(np.random.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    eps = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
