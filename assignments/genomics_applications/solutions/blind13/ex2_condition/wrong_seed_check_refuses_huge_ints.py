# verdict: wrong
# what: validates the seed with np.issubdtype(np.asarray(seed).dtype, np.integer), which is object for Python ints of 2**64 and more: design_with_condition(30, 100.0, seed=2**64) raises TypeError instead of the matrix with first row [0.04520355, 0.4640227, 0.52284556], and coefficient_rmse(visible 50 x 3 X, [1, -2, 0.5], n_trials=200, seed=2**64) raises instead of returning 0.2757474657 (seeds up to 2**64 - 1 are right); breaks "A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions of this exercise"
def _check_seed(seed):
    """A seed must be a non-negative integer (Python or numpy)."""
    if not np.issubdtype(np.asarray(seed).dtype, np.integer) or seed < 0:
        raise TypeError(f"seed must be a non-negative integer, got {seed!r}")
    return seed


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(_check_seed(seed))
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(_check_seed(seed))
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))    # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
