# verdict: wrong
# what: a tiny ridge (lambda = 1e-6, as extra rows of lstsq) "to stabilise" the fit, which shrinks the coefficients once the smallest singular value approaches 1e-6 (kappa above about 1e6 with entries of order 1); breaks "it may be badly conditioned, up to kappa(X) = 1e10 ..., and the fit must be the least-squares fit there too".
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
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(n, n_trials))
    lam = 1e-6                                          # keeps the solve stable for huge kappa
    X_aug = np.vstack([X, lam * np.eye(p)])
    Y_aug = np.vstack([Y, np.zeros((p, n_trials))])
    B = np.linalg.lstsq(X_aug, Y_aug, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
