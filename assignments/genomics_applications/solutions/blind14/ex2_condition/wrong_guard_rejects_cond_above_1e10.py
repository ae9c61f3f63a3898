# verdict: wrong
# what: checks the statement's bound literally, raising ValueError when np.linalg.cond(X) > 1e10, with no room for rounding; input: X = reference.design_with_condition(100, 1e10, seed=2) (cond 1.00000004e10), beta_true [1, -1, 0.5], 500 trials, seed 1: ValueError instead of 937604490.92 (seeds 3, 4, 5 likewise; seed 0, cond 9.99999975e9, is right); breaks 'it may be badly conditioned, up to kappa(X) = 10^10 (still full rank in double precision), and the fit must be the least-squares fit there too' (a design made with kappa = 1e10 has that condition number up to rounding)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    kappa = np.linalg.cond(X)
    if kappa > 1e10:
        raise ValueError(f"X is too badly conditioned (kappa = {kappa:.3g} > 1e10): "
                         "the least-squares coefficients are not reliable")
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
