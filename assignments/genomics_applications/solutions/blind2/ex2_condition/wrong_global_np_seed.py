# verdict: wrong
# what: design_with_condition seeds and draws from the global np.random state (np.random.seed(seed); np.random.randn), changing the caller's global random state; breaks "draw every random number from a generator made from seed ... never from the global np.random state"
import numpy as np


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    np.random.seed(seed)
    U, _ = np.linalg.qr(np.random.randn(n_samples, n_features))
    V, _ = np.linalg.qr(np.random.randn(n_features, n_features))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    errs = np.empty(n_trials)
    for t in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        errs[t] = np.sum((b - beta_true) ** 2)
    return float(np.sqrt(errs.mean()))
