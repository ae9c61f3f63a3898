# verdict: wrong
# what: shrinks the Monte Carlo mean square error towards its expectation noise_sd^2 trace((X'X)^-1), weighted as 100 pseudo-trials; input: the visible Xr, beta [1, -2, 0.5], n_trials=1, seeds 0, 1, 2: 0.26457, 0.26408, 0.26442 instead of 0.21232, 0.13775, 0.19313 (reference; same noise stream); breaks 'returns one float: the root-mean-square error of least-squares coefficients over n_trials simulated data sets, rmse = sqrt((1/T) sum ||beta_hat(t) - beta_true||^2)'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    mc = np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))
    # a few trials give a noisy estimate: shrink it towards the exact expectation
    # noise_sd^2 trace((X^T X)^-1), which counts as a prior worth 100 trials
    s = np.linalg.svd(X, compute_uv=False)
    expected = noise_sd ** 2 * np.sum(1.0 / s ** 2)
    return float(np.sqrt((n_trials * mc + 100.0 * expected) / (n_trials + 100.0)))
