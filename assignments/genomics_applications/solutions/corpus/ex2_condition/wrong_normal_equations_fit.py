# verdict: wrong
# what: fits every trial through the normal equations (X'X) b = X'y, which square the condition number: at kappa near 1e10 (allowed: X has full column rank) the fit has no correct digit and the RMSE is far from the least-squares one; breaks "compute the least-squares fit" for a badly conditioned X
# feedback: kappa near 1e10|normal equations
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.geomspace(np.sqrt(n_samples), np.sqrt(n_samples) / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.solve(X.T @ X, X.T @ Y)
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
