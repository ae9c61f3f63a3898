# verdict: wrong
# what: the generator is default_rng(seed if isinstance(seed, int) else None), so a numpy integer seed silently gives fresh entropy; design_with_condition(30, 100.0, seed=np.int64(5)) twice gives two different matrices (first rows [0.1628, -0.6502, 0.1379] and [0.0399, 0.0052, 0.0195]) instead of the seed-5 matrix both times (first row [0.15338, 0.81897, 0.29716]); coefficient_rmse(X, b, n_trials=200, seed=np.int64(4)) twice gives 0.25324 and 0.27631 instead of 0.26973; Python int seeds are right; breaks "the same arguments give the same matrix" and the format rules' "a parameter the statement calls ... an int ... may receive a numpy scalar (np.int64(3)) ... and must give the same answer"
def _generator(seed):
    # an int seed gives a reproducible stream; anything else (None) gives fresh entropy
    return np.random.default_rng(seed if isinstance(seed, int) else None)


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = _generator(seed)
    U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
    V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = _generator(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
