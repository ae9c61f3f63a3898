# verdict: wrong
# what: design_with_condition checks isinstance(n_samples, int) and isinstance(n_features, int) and raises TypeError otherwise, so numpy integers are refused; design_with_condition(np.int64(40), 250.0, n_features=np.int64(5), seed=3): TypeError ("n_samples must be an int, got int64") instead of a 40 x 5 matrix of condition number 250; breaks the format rules: "a parameter the statement calls a number, an int or a flag may receive a numpy scalar (... np.int64(3) ...) as well as a Python one, and must give the same answer"
# Input validation copied from a Python course.
def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    for name, value in (('n_samples', n_samples), ('n_features', n_features)):
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T
