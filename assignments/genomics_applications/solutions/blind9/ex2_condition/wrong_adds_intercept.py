# verdict: wrong
# what: fits with an added intercept column whenever X has no constant column (as R's lm() or statsmodels' add_constant do) and drops that coefficient, so designs without an intercept get another fit (X = default_rng(21).normal(5, 1, (50, 2)), beta [1, -0.5], 500 trials, seed 0: 0.2229 instead of 0.1573, theory 0.1650); the visible X has an intercept, so it is right there; breaks "set y = X beta_true + eps and compute the least-squares fit beta_hat (e.g. np.linalg.lstsq(X, y, rcond=None))"
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
    # fit with an intercept, as lm() / sm.add_constant do, unless X already has a constant column
    has_const = np.any(np.ptp(X, axis=0) == 0)
    Xfit = X if has_const else np.column_stack([np.ones(X.shape[0]), X])
    B = np.linalg.lstsq(Xfit, Y, rcond=None)[0]
    if not has_const:
        B = B[1:]                                       # drop the added intercept
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
