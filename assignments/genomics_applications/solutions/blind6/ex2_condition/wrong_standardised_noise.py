# verdict: wrong
# what: each trial's noise vector is rescaled so that its sample sd is exactly noise_sd ("so every trial has the requested noise level"), so the noise is not N(0, sigma^2 I): with few samples the rmse is far above sigma sqrt(tr((X^T X)^-1)); breaks "in trial t you draw fresh independent noise eps ~ N(0, sigma^2 I_n)"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))   # orthonormal columns
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))  # orthogonal
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.standard_normal((X.shape[0], n_trials))
    noise = noise / noise.std(axis=0) * noise_sd        # every trial has sd exactly noise_sd
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))
