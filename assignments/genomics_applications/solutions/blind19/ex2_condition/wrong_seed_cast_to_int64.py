# verdict: wrong
# what: the seed is cast with np.int64(seed) before default_rng, so seeds from 2**63 on raise OverflowError; coefficient_rmse(Xr, br, n_trials=200, seed=2**63) with the visible Xr, br raises OverflowError instead of 0.26312031 (seed=2**64 + 3: OverflowError instead of 0.24970728; seed=2**62 is right) (breaks 'A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions of this exercise')
# The student normalises the seed to one integer type so that Python and numpy integers
# behave alike.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(np.int64(seed))          # one integer type for every caller
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

