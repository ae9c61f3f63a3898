# verdict: wrong
# what: a full-rank guard with an absolute tolerance, np.linalg.matrix_rank(X, tol=1e-8), raises ValueError for a full-rank design whose smallest singular value is below 1e-8 (e.g. design_with_condition(100, 1e10), whose smallest singular value is 1e-9); breaks "You may assume X has full column rank ...; it may be badly conditioned, up to kappa(X) = 1e10 (still full rank in double precision)".
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    if np.linalg.matrix_rank(X, tol=1e-8) < X.shape[1]:
        raise ValueError("X must have full column rank")
    rng = np.random.default_rng(seed)
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
