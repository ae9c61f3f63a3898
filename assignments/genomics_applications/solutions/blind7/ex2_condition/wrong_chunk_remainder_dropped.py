# verdict: wrong
# what: simulates the trials in chunks of 1000 but forgets the remainder (sizes = [1000] * (n_trials // 1000) or [n_trials]), then divides the summed squared errors by n_trials, so n_trials=2500 averages 2000 trials over 2500 (rmse about 11 % too small); n_trials below 1000 or a multiple of 1000 is right; breaks "rmse = sqrt(1/T sum_{t=1}^{T} ...) with T = n_trials"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)
    chunk = 1000
    sizes = [chunk] * (n_trials // chunk) or [n_trials]
    total = 0.0
    for size in sizes:
        Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], size))
        B = np.linalg.solve(R, Q.T @ Y)
        total += np.sum((B - beta_true[:, None]) ** 2)
    return float(np.sqrt(total / n_trials))
