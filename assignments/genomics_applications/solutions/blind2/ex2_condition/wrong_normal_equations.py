# verdict: wrong
# what: coefficient_rmse fits by the normal equations solve(X^T X, X^T y), which squares the condition number: for ill-conditioned X (kappa ~1e6 and up, which the exercise is about) the fit carries large rounding errors (e.g. noise_sd=0 no longer gives ~0); breaks "compute the least-squares fit (e.g. np.linalg.lstsq)"
import numpy as np


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
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    XtX = X.T @ X
    B = np.linalg.solve(XtX, X.T @ Y)
    sq = ((B - beta_true[:, None]) ** 2).sum(axis=0)
    return float(np.sqrt(sq.mean()))
