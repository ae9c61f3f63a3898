# verdict: wrong
# what: validates kappa with isinstance(kappa, float), so an integer condition number (a Python int or a numpy integer) raises TypeError; every visible kappa is written as a float: design_with_condition(30, 100, seed=5) raises instead of returning the matrix with first row [0.1533758, 0.8189723, 0.2971604] and condition number 100, design_with_condition(10, 1, n_features=1, seed=2) and design_with_condition(50, np.int64(100)) raise likewise; breaks "design_with_condition(n_samples, kappa, n_features=3, seed=0) returns a float numpy array ... whose 2-norm condition number equals kappa" (kappa a number >= 1) and the format rules' "a parameter the statement calls a number ... may receive a numpy scalar ... and must give the same answer"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    if not isinstance(kappa, float):
        raise TypeError(f"kappa must be a float condition number such as 100.0, got {kappa!r}")
    if kappa < 1:
        raise ValueError("a condition number is at least 1")
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
