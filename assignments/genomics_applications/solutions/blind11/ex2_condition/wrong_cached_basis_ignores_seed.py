# verdict: wrong
# what: caches U per (n_samples, n_features) across calls (the QR of the tall block is 'the expensive part of a kappa sweep'), so U comes from whichever seed first used that shape; V is still drawn from seed, so two seeds still differ and repeated calls agree: in a fresh session design_with_condition(30, 100.0, seed=6) has first row [0.48286721, -0.04710858, 0.32191913], but after a call with seed=5 it is [1.4969586, -0.1843761, 0.91112008] (reference: [0.27282993, 0.97740196, -0.56909808] either way); breaks "the same arguments give the same matrix ... So draw every random number from a generator made from seed"
_U_CACHE = {}


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    key = (n_samples, n_features)
    if key not in _U_CACHE:
        # the QR of the tall Gaussian block is the expensive part of a sweep over kappa: do it once
        _U_CACHE[key], _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    U = _U_CACHE[key]
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
