# verdict: wrong
# what: signature written as design_with_condition(n_samples, kappa, seed=0, n_features=3) (seed and n_features swapped); breaks "design_with_condition(n_samples, kappa, n_features=3, seed=0)" for positional calls such as design_with_condition(50, 10.0, 4, 7)
import numpy as np


def design_with_condition(n_samples, kappa, seed=0, n_features=3):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    E = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + E, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
