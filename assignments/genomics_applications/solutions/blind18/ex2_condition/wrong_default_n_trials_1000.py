# verdict: wrong
# what: signature coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=1000, seed=0); coefficient_rmse(X, beta) on the visible 50 x 3 design gives 0.26684297 (1000 trials) instead of 0.26768705 (500 trials); every call that passes n_trials is right; breaks "coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0)" / "Keep the function names and signatures exactly as given"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
    V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T



def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=1000, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
