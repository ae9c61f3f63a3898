# verdict: wrong
# what: keeps each design's pseudo-inverse in a module-level dict keyed on id(X), so a later call with the same array changed in place (or a new array at a freed one's address) fits the old design
# feedback: changed in place|by the argument's values
_PSEUDO_INVERSES = {}


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    return (U * np.geomspace(kappa, 1.0, n_features)) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    if id(X) not in _PSEUDO_INVERSES:
        _PSEUDO_INVERSES[id(X)] = np.linalg.pinv(X)
    pinv = _PSEUDO_INVERSES[id(X)]
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    errors = pinv @ (X @ beta_true[:, None] + noise) - beta_true[:, None]
    return float(np.sqrt(np.mean(np.sum(errors**2, axis=0))))
