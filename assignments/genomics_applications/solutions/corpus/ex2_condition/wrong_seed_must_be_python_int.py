# verdict: wrong
# what: validates its arguments defensively and refuses a seed that is not a Python int (isinstance(seed, int)), so a seed taken from a numpy array of seeds, np.int64(7), raises TypeError where the statement allows any non-negative integer
# feedback: seed as a numpy integer
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    if not isinstance(seed, int) or seed < 0:
        raise TypeError("seed must be a non-negative int")
    if kappa < 1:
        raise ValueError(f"kappa must be >= 1, got {kappa}")
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    if not isinstance(seed, int) or seed < 0:
        raise TypeError("seed must be a non-negative int")
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B_hat = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
