# verdict: wrong
# what: coefficient_rmse caches the pseudo-inverse of X in a module-level dict keyed on id(X), so a later call with a different matrix that reuses a freed array's id (or the same array modified in place) gets the old X's fit; breaks the contract that the fit is the least-squares fit of the X given (state carried between calls)
_PINV_CACHE = {}


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    key = (id(X), X.shape)
    if key not in _PINV_CACHE:                     # one factorisation per design
        _PINV_CACHE[key] = np.linalg.pinv(X)
    X_pinv = _PINV_CACHE[key]
    rng = np.random.default_rng(seed)
    E = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B_hat = X_pinv @ ((X @ beta_true)[:, None] + E)
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
