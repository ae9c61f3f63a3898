# verdict: wrong
# what: the seed goes through float (default_rng(int(float(seed)))), so seeds past 2**53 that differ only in the low bits give the same noise; Xr, br = the visible 50 x 3 design (default_rng(11)) and [1, -2, 0.5], n_trials = 200: seed = 2**53 + 1 gives 0.26950384, the value of seed = 2**53, instead of 0.26116522 (breaks 'Draw the noise from a generator made from seed ..., so that the same seed gives the same result and different seeds different results' with 'A seed is any non-negative integer, 0 and seeds past 2**32 included')
# The student accepts seeds written as floats in a parameter grid (seed=1e3) by converting
# every seed with int(float(seed)).
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(int(float(seed)))       # accepts 1e3 as well as 1000
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

