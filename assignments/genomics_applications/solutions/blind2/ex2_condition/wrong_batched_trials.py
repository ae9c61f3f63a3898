# verdict: wrong
# what: simulates the trials in batches of 100 to save memory but never truncates the last batch, so it averages over 100*ceil(n_trials/100) trials (n_trials=1 uses 100); breaks "the root-mean-square error ... over n_trials simulated data sets"
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
    batch = 100
    total, count = 0.0, 0
    for _ in range(0, n_trials, batch):
        Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], batch))
        B = np.linalg.lstsq(X, Y, rcond=None)[0]
        total += np.sum((B - beta_true[:, None]) ** 2)
        count += batch
    return float(np.sqrt(total / count))
