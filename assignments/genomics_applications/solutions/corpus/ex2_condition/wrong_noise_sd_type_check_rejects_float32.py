# verdict: wrong
# what: noise_sd is validated with isinstance(noise_sd, (int, float)), which rejects a numpy float32 (np.float64 is a subclass of float, np.float32 is not); coefficient_rmse(Xr, br, noise_sd=np.float32(2.0), n_trials=200, seed=0) with the visible Xr, br raises TypeError instead of 0.50882642 (the value for noise_sd=2.0 and np.float64(2.0)) (breaks the format rule 'a parameter the statement calls a number ... may receive a numpy scalar ... as well as a Python one, and must give the same answer')
# feedback: noise_sd as a numpy float32
# The student validates the arguments to give a clear error for a wrong type.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    if isinstance(noise_sd, bool) or not isinstance(noise_sd, (int, float)):
        raise TypeError(f"noise_sd must be a number, got {type(noise_sd).__name__}")
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

