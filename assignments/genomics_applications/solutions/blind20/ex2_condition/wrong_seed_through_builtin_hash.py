# verdict: wrong
# what: both functions seed with np.random.default_rng(abs(hash(seed))) "so any hashable seed works"; Python's hash of an int is the int modulo 2**61 - 1, so seeds s and s + 2**61 - 1 collide: design_with_condition(30, 100, seed=5) equals the matrix for seed 2**61 + 4 (reference: different), and coefficient_rmse(Xr, br, n_trials=200) gives 0.27341852 for both seeds instead of 0.27341852 and 0.25844221; breaks "reproducible from seed ... different seeds give different matrices ... A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions"
# The student wanted to accept strings or tuples as seeds too and routed every seed through hash().


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(abs(hash(seed)))
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(abs(hash(seed)))
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
