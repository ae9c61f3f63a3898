# verdict: wrong
# what: int(kappa) in the line that converts the arguments (copied from n_samples and n_features); input: design_with_condition(60, 2.5, seed=1): condition number 2.0 instead of 2.5 (kappa 1.5 gives 1.0, 31.62 gives 31.0); every whole-number kappa is right; breaks 'whose 2-norm condition number (np.linalg.cond(X)) equals kappa up to rounding'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
    n_samples, n_features, kappa = int(n_samples), int(n_features), int(kappa)
    if kappa < 1 or n_samples < n_features:
        raise ValueError("need kappa >= 1 and n_samples >= n_features")
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))

