# verdict: wrong
# what: keeps every design it built in a dict keyed on the arguments and returns the stored matrix itself, so a caller who scales or centres the returned X in place changes what the next call with the same arguments returns
# feedback: hands out an array it keeps|a new array every call
_DESIGNS = {}


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    key = (n_samples, float(kappa), n_features, seed)
    if key not in _DESIGNS:
        rng = np.random.default_rng(seed)
        U, _ = np.linalg.qr(rng.normal(size=(n_samples, n_features)))
        V, _ = np.linalg.qr(rng.normal(size=(n_features, n_features)))
        s = kappa ** (-np.arange(n_features) / max(n_features - 1, 1))
        _DESIGNS[key] = (U * s) @ V.T
    return _DESIGNS[key]


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    E = rng.normal(0.0, noise_sd, size=(n_trials, X.shape[0]))
    B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + E.T, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - np.asarray(beta_true)[:, None]) ** 2, axis=0))))
