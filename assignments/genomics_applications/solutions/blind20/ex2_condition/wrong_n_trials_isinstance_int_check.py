# verdict: wrong
# what: coefficient_rmse validates n_trials with isinstance(n_trials, int) and raises TypeError otherwise, so a numpy integer is refused; coefficient_rmse(Xr, br, n_trials=np.int64(200), seed=4) with the visible Xr, br: TypeError instead of 0.26973443 (its value with n_trials=200); breaks the format rules: "a parameter the statement calls a number, an int or a flag may receive a numpy scalar (... np.int64(3) ...) as well as a Python one, and must give the same answer"
# Defensive input checking written with Python's own int in mind.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    if not isinstance(n_trials, int) or isinstance(n_trials, bool) or n_trials < 1:
        raise TypeError(f"n_trials must be a positive int, got {n_trials!r}")
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
