# verdict: wrong
# what: adds 1e-12 to every singular value "so that none is ever exactly zero"; harmless up to kappa ~1e5 but the condition number is no longer kappa for badly conditioned designs: design_with_condition(60, 1e8, seed=1) has cond 9.99987e7 (1.3e-5 relative) and (60, 1e10) 9.9871e9 (1.3e-3) instead of 1e8 and 1e10 to rounding; breaks "whose 2-norm condition number ... equals kappa up to rounding"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    s = s + 1e-12                       # keep every singular value strictly positive
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
