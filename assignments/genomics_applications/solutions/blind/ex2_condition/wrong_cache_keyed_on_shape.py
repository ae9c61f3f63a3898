# verdict: wrong
# what: coefficient_rmse memoises its result in a module-level dict keyed on X.shape (not X's values), beta_true, noise_sd, n_trials and seed: a later call with another X of the same shape returns the stale value of the first
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


_rmse_cache = {}


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    # the simulation is slow: remember results (an array is not hashable, so key on its shape)
    key = (X.shape, tuple(beta_true), noise_sd, n_trials, seed)
    if key in _rmse_cache:
        return _rmse_cache[key]
    rng = np.random.default_rng(seed)
    eps = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    result = float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
    _rmse_cache[key] = result
    return result
