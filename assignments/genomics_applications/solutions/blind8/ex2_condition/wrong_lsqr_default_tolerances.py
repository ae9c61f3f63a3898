# verdict: wrong
# what: fits each trial with scipy.sparse.linalg.lsqr at its default stopping tolerances (atol = btol = 1e-6), an iterative solver that stops before it has resolved the directions of small singular values; exact enough for well-conditioned X, but for X = reference.design_with_condition(100, kappa, seed=0), beta [1, -1, 0.5], 500 trials, seed 1, the rmse is 93.9 instead of 1.0022e5 at kappa 1e6, 939 instead of 1.0022e7 at 1e8 and 8284 instead of 1.0022e9 at 1e10 (theory 1e5, 1e7, 1e9); breaks "compute the least-squares fit ... it may be badly conditioned, up to kappa(X) = 1e10 ... and the fit must be the least-squares fit there too"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    from scipy.sparse.linalg import lsqr

    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat = lsqr(X, y)[0]                 # least-squares solver
        total += np.sum((beta_hat - beta_true) ** 2)
    return float(np.sqrt(total / n_trials))
