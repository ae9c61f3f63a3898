# verdict: wrong
# what: clips the fitted coefficients to [-1e6, 1e6] 'so that exploding estimates do not overflow the squares'; input: X_k = reference.design_with_condition(100, k, seed=0), beta_true [1, -1, 0.5], 500 trials, seed 1: kappa 1e7 gives 883062.27 instead of 1002209.40, kappa 1e8 1609730.3 instead of 10022093.6, kappa 1e10 1731612.0 instead of 1.00220933e9 (kappa 1e6 and below right); breaks 'it may be badly conditioned, up to kappa(X) = 10^10 ..., and the fit must be the least-squares fit there too'
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
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    B = np.clip(B, -1e6, 1e6)          # keep exploding estimates from overflowing the squares
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
