# verdict: wrong
# what: fits with np.linalg.pinv(X, rcond=1e-6): singular values below 1e-6 * s_max are dropped, so for kappa > 1e6 the estimate is a truncated (minimum-norm) fit, not the least-squares fit, and the rmse no longer grows with kappa
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
    # pseudo-inverse once, with a cutoff so that ill-conditioned designs stay stable
    X_pinv = np.linalg.pinv(X, rcond=1e-6)
    errors = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat = X_pinv @ y
        errors.append(np.sum((beta_hat - beta_true) ** 2))
    return float(np.sqrt(np.mean(errors)))
