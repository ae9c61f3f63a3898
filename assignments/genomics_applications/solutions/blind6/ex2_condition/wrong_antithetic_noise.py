# verdict: wrong
# what: antithetic variance reduction, half the trials reuse the other half's noise with the sign flipped, so the trials are not independent (with n_trials = 2 both trials have the same error); breaks "in trial t you draw fresh independent noise eps^(t)"
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
    half = (n_trials + 1) // 2
    eps = rng.normal(0.0, noise_sd, size=(X.shape[0], half))
    noise = np.hstack([eps, -eps])[:, :n_trials]      # antithetic pairs (eps, -eps)
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))
