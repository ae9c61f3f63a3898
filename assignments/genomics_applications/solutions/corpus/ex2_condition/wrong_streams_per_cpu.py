# verdict: wrong
# what: gives each of os.cpu_count() workers its own stream default_rng([seed, worker]) and a share of the trials, so the same seed gives another value on a machine with another number of CPUs
# feedback: os\.cpu_count|the machine
import os


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    singular_values = np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(singular_values) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    workers = max(1, min(os.cpu_count() or 1, n_trials))
    squared = 0.0
    for worker, trials in enumerate(np.array_split(np.arange(n_trials), workers)):
        rng = np.random.default_rng([seed, worker])  # one stream per worker, as a parallel run would use
        noise = rng.normal(0.0, noise_sd, size=(X.shape[0], trials.size))
        fits = np.linalg.lstsq(X, X @ beta_true[:, None] + noise, rcond=None)[0]
        squared += float(np.sum((fits - beta_true[:, None]) ** 2))
    return float(np.sqrt(squared / n_trials))
