# verdict: wrong
# what: trial t draws its noise from np.random.default_rng(seed + t), so the calls for seeds s and s + 1 share all but one of their trials and their results are nearly equal; the visible X (default_rng(11)) and beta [1, -2, 0.5] with 200 trials: seeds 0 ... 19 give rmse values with sd 0.0022 (0.2570, 0.2567, 0.2572, ...) where independent Monte Carlo estimates (reference) have sd 0.0088 (0.2544, 0.2739, 0.2780, ...); breaks "in trial t you draw fresh independent noise ... Draw the noise from a generator made from seed ... different seeds different results"
# The student wanted every trial reproducible on its own ("trial t of seed s") and numbered the
# generators consecutively.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    noise = np.column_stack([np.random.default_rng(seed + t).normal(0.0, noise_sd, X.shape[0])
                             for t in range(n_trials)])
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
