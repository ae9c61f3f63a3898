# verdict: wrong
# what: each trial contributes its estimated expected error s^2 trace((X'X)^-1), s^2 = RSS/(n - p), instead of its actual ||beta_hat - beta_true||^2: unbiased, so the 4000-trial visible test passes, but it is not the Monte Carlo rmse (visible X (seed 11), beta [1, -2, 0.5], n_trials=1, seeds 0, 1, 2: 0.24510, 0.23898, 0.26401 instead of 0.21232, 0.13775, 0.19313; over seeds 0..399 at n_trials=1 the sd of rmse^2 is 0.0146 instead of 0.0602, means 0.0697 both); breaks "rmse = sqrt(1/T sum_t ||beta_hat^(t) - beta_true||^2)"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    n, p = X.shape
    rng = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)
    Rinv = np.linalg.solve(R, np.eye(p))
    trace_inv = np.sum(Rinv ** 2)                      # trace((X'X)^-1) = ||R^-1||_F^2
    mse = np.empty(n_trials)
    for t in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=n)
        beta_hat = np.linalg.solve(R, Q.T @ y)
        resid = y - X @ beta_hat
        sigma2_hat = resid @ resid / (n - p)           # unbiased noise variance of this fit
        # expected squared coefficient error of this fit: sigma^2 trace((X'X)^-1)
        mse[t] = sigma2_hat * trace_inv
    return float(np.sqrt(np.mean(mse)))
