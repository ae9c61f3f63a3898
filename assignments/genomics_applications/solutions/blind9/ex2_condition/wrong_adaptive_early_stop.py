# verdict: wrong
# what: stops the Monte Carlo at the first checkpoint (every 500 trials) where the running rmse moved by less than 1 % since the last one, so fewer than n_trials trials are averaged (visible X, beta [1, -2, 0.5], seed 0: n_trials = 1000, 4000 and 20000 all return 0.266763, the 1000-trial value; the same per-trial stream run to the end gives 0.265641 and 0.265426 at 4000 and 20000, the reference 0.264778 and 0.265410); breaks "the root-mean-square error ... over n_trials simulated data sets"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)
    total, checkpoint = 0.0, None
    for t in range(1, n_trials + 1):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=n)
        err = np.linalg.solve(R, Q.T @ y) - beta_true
        total += err @ err
        rmse = np.sqrt(total / t)
        if t % 500 == 0:
            # Monte Carlo has converged once the running estimate moves by less than 1 %
            # between two checkpoints 500 trials apart: no need to run the rest
            if checkpoint is not None and abs(rmse - checkpoint) < 0.01 * rmse:
                break
            checkpoint = rmse
    return float(rmse)
