# verdict: wrong
# what: np.squeeze(beta_true) (to accept rows or columns) turns a one-coefficient beta_true into a 0-d array: X = reference.design_with_condition(10, 1.0, n_features=1, seed=2), beta_true = np.array([2.0]), n_trials=500, seed=0: ValueError (matmul: operand 1 has 0 dimensions) instead of 0.322644; p >= 2 right; breaks "You may assume X has full column rank (more rows than columns)" (a single column is allowed, as design_with_condition(..., n_features=1) makes)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    # accept beta_true as a row, a column or a flat vector
    beta = np.squeeze(np.asarray(beta_true, dtype=float))
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
