# verdict: wrong
# what: the fits use scikit-learn's Ridge(alpha=0.0, fit_intercept=False) ("ridge with no penalty is least squares"); for dense X its default solver is 'cholesky', which solves the normal equations (X'X + alpha I) b = X'y, so kappa is squared; X_k = reference.design_with_condition(100, k, seed=0), beta [1, -1, 0.5]: noise_sd = 0, 5 trials gives 0.3412 instead of 2.5e-9 at k = 1e8 and 7.6e-6 instead of 3.6e-11 at 1e6; unit noise, 500 trials, seed 1 gives 1.04130e7 instead of 1.00221e7 at k = 1e8 (at 1e10 the Cholesky factorisation fails and scikit-learn falls back to an SVD, which is right); breaks "use a method that does not square κ (lstsq, QR, or the SVD ...), not the normal equations XᵀX β̂ = Xᵀy"
from sklearn.linear_model import Ridge


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa, reproducible from seed."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / float(kappa), n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Root-mean-square error of least-squares coefficients over n_trials simulated data sets."""
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    coef = Ridge(alpha=0.0, fit_intercept=False).fit(X, Y).coef_     # unpenalised = least squares
    B = np.reshape(coef, (n_trials, X.shape[1])).T                   # (n_features, n_trials)
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
