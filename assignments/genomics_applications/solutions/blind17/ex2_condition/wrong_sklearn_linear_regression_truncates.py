# verdict: wrong
# what: the least-squares fits use scikit-learn, LinearRegression(fit_intercept=False).fit(X, Y) for all trials at once ("the standard OLS"), but on dense data its fit calls scipy.linalg.lstsq with cond=self.tol (1e-6 by default), which drops singular values below 1e-6 s_max and returns a truncated solution; X_k = reference.design_with_condition(100, k, seed=0), beta [1, -1, 0.5], 500 trials, seed 1 gives 100.68 instead of 1.00221e5 at k = 1e6, 1006.79 instead of 1.00221e7 at 1e8 and 10067.9 instead of 1.00221e9 at 1e10, and with noise_sd = 0 (5 trials) 0.8414 instead of 3.6e-11 at 1e6 (k up to 1e5 is right); breaks "it may be badly conditioned, up to κ(X) = 10^10 ..., and the fit must be the least-squares fit there too: use a method that does not square κ (lstsq, QR, or the SVD without dropping small singular values)"
from sklearn.linear_model import LinearRegression


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa, reproducible from seed."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / float(kappa), n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Root-mean-square error of OLS coefficients over n_trials simulated data sets."""
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    ols = LinearRegression(fit_intercept=False).fit(X, Y)      # one fit, one column of Y per trial
    B = ols.coef_.T                                            # (n_features, n_trials)
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
