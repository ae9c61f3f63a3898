# verdict: wrong
# what: discards the first n_trials // 10 trials as MCMC-style burn-in before averaging; input: the visible Xr, beta [1, -2, 0.5], seed 0 (the reference's noise stream): n_trials=10 gives 0.25270 instead of 0.24739, n_trials=20 0.25574 instead of 0.26564 (fewer than 10 trials are right); breaks 'the root-mean-square error of least-squares coefficients over n_trials simulated data sets ... with T = n_trials'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
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
    burn_in = n_trials // 10          # discard the first 10 % of the draws as burn-in
    return float(np.sqrt(np.mean(sq_err[burn_in:])))
