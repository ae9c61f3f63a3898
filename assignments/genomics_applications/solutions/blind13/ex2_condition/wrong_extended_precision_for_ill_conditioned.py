# verdict: wrong
# what: for cond(X) > 1e8 converts X and Y to np.longdouble "so the small singular values survive", which numpy.linalg does not support: reference.design_with_condition(100, k, seed=0) with beta [1, -1, 0.5], 500 trials, seed 1 raises TypeError ('array type float128 is unsupported in linalg') for k = 1e8, 1e9 and 1e10 instead of 1.00221e7, 1.00221e8 and 1.00221e9 (k = 1e6: right, 100220.99); breaks "it may be badly conditioned, up to kappa(X) = 1e10 (still full rank in double precision), and the fit must be the least-squares fit there too"
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
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    if np.linalg.cond(X) > 1e8:
        # badly conditioned: solve in extended precision so the small singular values survive
        X, Y = X.astype(np.longdouble), Y.astype(np.longdouble)
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    err = np.asarray(B - beta_true[:, None], dtype=float)
    return float(np.sqrt(np.mean(np.sum(err ** 2, axis=0))))
