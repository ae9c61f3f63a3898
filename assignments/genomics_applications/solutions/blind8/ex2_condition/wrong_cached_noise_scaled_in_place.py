# verdict: wrong
# what: caches the standard-normal noise per (n, n_trials, seed) to save time, then scales it in place (noise *= noise_sd), so the cached array keeps the scaling and a repeated call gets noise_sd applied twice: coefficient_rmse(Xr, beta_r, noise_sd=2.0, n_trials=500, seed=0) (Xr, beta_r = the visible 50 x 3 design, seed 11, and [1, -2, 0.5]) gives 0.5354 the first time (reference 0.5354) and 1.0707 the second; after a call with noise_sd=0 the same (n, n_trials, seed) always gives 0; breaks "the same seed gives the same result" and "sigma = noise_sd"
_NOISE_CACHE = {}


def _standard_noise(n, n_trials, seed):
    key = (n, n_trials, seed)
    if key not in _NOISE_CACHE:
        _NOISE_CACHE[key] = np.random.default_rng(seed).standard_normal((n, n_trials))
    return _NOISE_CACHE[key]


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
    V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    return (U * (np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features))) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    noise = _standard_noise(X.shape[0], n_trials, seed)
    noise *= noise_sd                                  # scale to the requested sd
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
