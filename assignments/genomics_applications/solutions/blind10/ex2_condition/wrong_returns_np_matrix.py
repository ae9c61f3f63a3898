# verdict: wrong
# what: builds the design with np.asmatrix and '*' as the matrix product, so it returns a numpy.matrix (an ndarray subclass: the format rule accepts it, and its entries equal the reference's); design_with_condition(30, 100.0, seed=5): X[0].shape is (1, 3) instead of (3,), X[:, 0].shape (30, 1) instead of (30,), X @ np.ones(3) has shape (1, 30) instead of (30,), and X ** 2 raises LinAlgError (matrix power) instead of squaring the entries; every design returned is affected by construction; breaks 'returns a float numpy array of shape (n_samples, n_features)' (a matrix object does not behave as one)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = np.asmatrix(np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0])
    V = np.asmatrix(np.linalg.qr(rng.standard_normal((n_features, n_features)))[0])
    S = np.asmatrix(np.diag(np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)))
    return U * S * V.T                                   # matrix algebra: * is the matrix product


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
