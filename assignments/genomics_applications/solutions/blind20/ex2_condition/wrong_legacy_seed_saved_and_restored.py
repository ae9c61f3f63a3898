# verdict: wrong
# what: design_with_condition saves the global state (np.random.get_state()), seeds it with np.random.seed(seed), draws, then restores the state; the legacy seeding takes only seeds below 2**32, so design_with_condition(30, 100, seed=2**32 + 5) raises ValueError ("Seed must be between 0 and 2**32 - 1") instead of returning a 30 x 3 matrix of condition number 100 (seed 2**32 - 1 works); breaks "A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions (default_rng takes any; the legacy np.random.RandomState takes only 32 bits)"
# The student knew not to leave the global state changed, and restores it carefully.
def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    saved = np.random.get_state()
    try:
        np.random.seed(seed)
        U, _ = np.linalg.qr(np.random.standard_normal((n_samples, n_features)))
        V, _ = np.linalg.qr(np.random.standard_normal((n_features, n_features)))
    finally:
        np.random.set_state(saved)
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T
