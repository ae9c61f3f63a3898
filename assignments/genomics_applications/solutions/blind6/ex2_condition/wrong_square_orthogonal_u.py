# verdict: wrong
# what: U is taken as the first n_features columns of a full n_samples x n_samples orthogonal matrix (QR of an n x n Gaussian), which needs n^2 memory and n^3 time: design_with_condition(200000, 10) fails with MemoryError (298 GiB) and n = 20000 takes hours; breaks "U an n_samples x n_features matrix with orthonormal columns" for an allowed (large) n_samples
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    Q, _ = np.linalg.qr(rng.standard_normal((n_samples, n_samples)))    # a random orthogonal matrix
    U = Q[:, :n_features]                                               # its first columns are orthonormal
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))   # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))
