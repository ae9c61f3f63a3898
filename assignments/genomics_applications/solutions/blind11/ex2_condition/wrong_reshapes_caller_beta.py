# verdict: wrong
# what: assigns beta.shape = (-1, 1) on np.asarray(beta_true, dtype=float), which is the caller's own float64 array, so the call reshapes the caller's beta_true: the visible X (seed 11), b = np.array([1., -2., 0.5]), coefficient_rmse(X, b, n_trials=200, seed=0) returns the right 0.254413, but b.shape is (3, 1) afterwards instead of (3,) (X @ b is now (50, 1); the reference then refuses b: 'beta_true must have shape (3,)'); breaks the format rules' "each must leave the session as it found it" (the caller's arguments are the caller's)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    beta.shape = (-1, 1)                       # a column, to broadcast against the (p, n_trials) fits
    rng = np.random.default_rng(seed)
    Y = X @ beta + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta) ** 2, axis=0))))
