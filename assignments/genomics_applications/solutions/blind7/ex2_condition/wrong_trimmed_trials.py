# verdict: wrong
# what: "robust" Monte Carlo average that drops the worst 1 % of trials (largest squared errors) before averaging, which biases the rmse low by about 2 % whenever n_trials >= 100 (no trial is dropped below 100); breaks "rmse = sqrt(1/T sum_{t=1}^{T} ||beta_hat^(t) - beta_true||^2)" (every trial counts)
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
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq = np.sort(np.sum((B - beta_true[:, None]) ** 2, axis=0))
    n_drop = int(0.01 * n_trials)                 # ignore outlying trials
    kept = sq[:n_trials - n_drop]
    return float(np.sqrt(np.mean(kept)))
