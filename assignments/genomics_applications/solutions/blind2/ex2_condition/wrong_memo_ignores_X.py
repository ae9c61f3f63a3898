# verdict: wrong
# what: coefficient_rmse memoises results in a module-level dict keyed by (X.shape, noise_sd, n_trials, seed), ignoring the values of X and beta_true, so a later call with another matrix of the same shape returns a stale rmse; breaks "returns ... the root-mean-square error of least-squares coefficients" for the X and beta_true given (state kept between calls)
import numpy as np

_RMSE_CACHE = {}


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    key = (X.shape, float(noise_sd), int(n_trials), seed)
    if key in _RMSE_CACHE:
        return _RMSE_CACHE[key]
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    value = float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
    _RMSE_CACHE[key] = value
    return value
