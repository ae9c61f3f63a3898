# verdict: wrong
# what: mixes the design into the seed with default_rng([seed, id(X) % 2**32]) 'so that the noise of different designs is not correlated'; input: the visible 50 x 3 design Xr, beta_true [1, -2, 0.5], 200 trials, seed 4: coefficient_rmse(Xr, ...) = 0.25381 but coefficient_rmse(Xr.copy(), ...) = 0.25805 (the same values, the same seed), and another session gives other values; breaks 'Draw the noise from a generator made from seed ..., so that the same seed gives the same result'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    # mix the design into the seed, so that the noise of different designs is not correlated
    rng = np.random.default_rng([seed, id(X) % 2**32])
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
