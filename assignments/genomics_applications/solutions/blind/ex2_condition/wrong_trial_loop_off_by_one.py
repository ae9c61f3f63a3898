# verdict: wrong
# what: the trial loop runs over range(1, n_trials), i.e. n_trials - 1 fits: the average uses one trial too few, and n_trials=1 averages nothing (nan)
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
    y_clean = X @ beta_true
    sq_errors = []
    for t in range(1, n_trials):
        y = y_clean + rng.normal(0.0, noise_sd, size=len(y_clean))
        beta_hat = np.linalg.lstsq(X, y, rcond=None)[0]
        sq_errors.append(np.sum((beta_hat - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq_errors)))
