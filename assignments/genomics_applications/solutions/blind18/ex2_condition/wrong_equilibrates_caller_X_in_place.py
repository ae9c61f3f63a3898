# verdict: wrong
# what: coefficient_rmse scales the caller's X to unit-norm columns in place (X /= norms on np.asarray(X, float), no copy for float64) and multiplies it back after the fit; the rmse is right (visible X, 200 trials, seed 0: 0.25441321) but a read-only X (pandas' to_numpy() under copy-on-write) raises ValueError ('output array is read-only'), and a writable X comes back with 9 of its 150 entries changed by 2.2e-16; breaks the format rules' "An array argument may be read-only ... never write into an argument; work on a copy"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
    V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T



def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + eps
    # equilibrate the columns (unit norm) before least squares, in place to spare a copy of a
    # large design; undo the scaling of the coefficients, and of X afterwards
    norms = np.linalg.norm(X, axis=0)
    X /= norms
    B = np.linalg.lstsq(X, Y, rcond=None)[0] / norms[:, None]
    X *= norms
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
