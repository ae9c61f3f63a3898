# verdict: wrong
# what: runs the trial chunks on a module-level ThreadPoolExecutor(max_workers=4) that is never shut down; input: any call with more than 250 trials, e.g. the visible Xr, beta [1, -2, 0.5], n_trials=1000: threading.active_count() is 5 after the call instead of 1, and stays so for the rest of the session (the values are a valid Monte Carlo with per-chunk SeedSequence streams); breaks the format rules' 'each must leave the session as it found it'
from concurrent.futures import ThreadPoolExecutor

_POOL = None     # one worker pool for every call: creating threads costs time


def _pool():
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=4)     # lstsq releases the GIL: use the cores
    return _POOL

def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients, trials in parallel."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    chunks = [min(250, n_trials - start) for start in range(0, n_trials, 250)]
    streams = np.random.SeedSequence(seed).spawn(len(chunks))      # one independent stream per chunk
    mean_fit = X @ beta_true

    def chunk_sq_err(args):
        size, ss = args
        noise = np.random.default_rng(ss).normal(0.0, noise_sd, size=(X.shape[0], size))
        B = np.linalg.lstsq(X, mean_fit[:, None] + noise, rcond=None)[0]
        return np.sum((B - beta_true[:, None]) ** 2, axis=0)

    sq_err = np.concatenate(list(_pool().map(chunk_sq_err, zip(chunks, streams))))
    return float(np.sqrt(np.mean(sq_err)))
