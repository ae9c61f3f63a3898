# verdict: wrong
# what: writes the smallest singular value as s_max * kappa ** -1, which is fine for Python numbers but raises for a numpy integer kappa: design_with_condition(50, np.int64(100)) (e.g. kappa taken from np.array([1, 10, 100])) raises "ValueError: Integers to negative integer powers are not allowed" instead of returning a 50 x 3 matrix with condition number 100; breaks "returns a float numpy array ... whose condition number equals kappa" for an allowed kappa >= 1
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s_max = np.sqrt(n_samples)
    s_min = s_max * kappa ** -1
    s = np.geomspace(s_max, s_min, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.standard_normal((X.shape[0], n_trials)) * noise_sd
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    errors = B - beta_true[:, None]
    return float(np.sqrt(np.mean(np.sum(errors ** 2, axis=0))))
