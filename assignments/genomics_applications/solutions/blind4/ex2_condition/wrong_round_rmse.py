# verdict: wrong
# what: rounds the returned rmse to 4 decimals ("a tidy float"). Breaks "returns one float: the root-mean-square error": small errors are lost, e.g. noise_sd=1e-6 gives 0.0 instead of about 2.6e-7, so the rmse no longer grows linearly with the noise sd.
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
    sq_errors = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat = np.linalg.lstsq(X, y, rcond=None)[0]
        sq_errors.append(np.sum((beta_hat - beta_true) ** 2))
    return round(float(np.sqrt(np.mean(sq_errors))), 4)
