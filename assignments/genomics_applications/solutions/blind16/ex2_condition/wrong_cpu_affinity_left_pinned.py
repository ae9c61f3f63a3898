# verdict: wrong
# what: pins the process to one CPU with os.sched_setaffinity (so that multi-threaded BLAS cannot change the sums) and never restores it; input: any call of coefficient_rmse, e.g. the visible design with 10 trials: the value is right, but afterwards os.sched_getaffinity(0) is {0} instead of {0, 1} on this 2-core machine, so every later computation of the kernel (torch, BLAS) runs on one core; breaks the format rules' 'each must leave the session as it found it' (the process itself)
import os


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    # reproducible Monte Carlo: run on one core, so that the multi-threaded BLAS
    # cannot change the order of the sums from one run to the next
    if hasattr(os, 'sched_setaffinity'):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
