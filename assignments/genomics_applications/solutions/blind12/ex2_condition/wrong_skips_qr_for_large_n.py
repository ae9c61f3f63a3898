# verdict: wrong
# what: above 10,000 rows it skips the QR and only normalises the Gaussian columns ("nearly orthogonal for large n"), so the condition number is only approximately kappa: design_with_condition(20000, 100.0, seed=0) has condition number 100.00669 instead of 100 (6.7e-5 relative), (10001, 1e6) 1000130.0 instead of 1e6, (50000, 10.0) 10.000135 instead of 10; up to 10,000 rows it is exact; breaks "whose 2-norm condition number (np.linalg.cond(X) ...) equals kappa up to rounding"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    G = rng.standard_normal((n_samples, n_features))
    if n_samples > 10_000:
        # many rows: independent Gaussian columns are orthogonal to within 1/sqrt(n),
        # so normalising them is enough (and much cheaper than a QR)
        U = G / np.linalg.norm(G, axis=0)
    else:
        U, _ = np.linalg.qr(G)
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
