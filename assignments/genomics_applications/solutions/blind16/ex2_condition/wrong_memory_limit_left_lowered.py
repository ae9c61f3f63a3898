# verdict: wrong
# what: guards against huge designs by lowering the process's address-space limit (resource.setrlimit(RLIMIT_AS) to 75 % of the RAM) in design_with_condition and never restores it; input: any call, e.g. design_with_condition(30, 100.0, seed=5): the matrix is right, but afterwards resource.getrlimit(RLIMIT_AS) is (18993715200, -1) instead of (-1, -1) on this 25 GB machine, and the caller's later np.empty(int(20e9 / 8)) raises MemoryError instead of returning; breaks the format rules' 'each must leave the session as it found it' (the process itself)
import os
import resource


def _limit_memory():
    """Keep a huge n_samples from swapping the machine to death: cap the address space."""
    total = os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES')
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = int(0.75 * total)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    _limit_memory()
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
