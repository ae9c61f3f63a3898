# verdict: wrong
# what: when the row norms of X span more than a factor 10, scales every row (and its responses) to unit norm before lstsq ("equilibrated rows are better conditioned"), which turns the fit into a weighted least-squares fit: X = reference.design_with_condition(100, 100, seed=0), beta [1, -1, 0.5], 500 trials, seed 1 gives 30.601 instead of 10.073 (theory 10.050; row norms span a factor 57); reference.design_with_condition(100, 1.0, seed=0) with the same beta, trials and seed gives 0.25806 instead of 0.17677; the visible X (row norms within a factor 2.8) is right; breaks "compute the least-squares fit beta_hat^(t) (e.g. np.linalg.lstsq(X, y, rcond=None))"
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
    r = np.linalg.norm(X, axis=1)
    if r.max() > 10.0 * r.min():
        # badly scaled rows: equilibrate them (each equation scaled to unit norm) before solving
        X, Y = X / r[:, None], Y / r[:, None]
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
