# verdict: wrong
# what: the trials are fitted in parallel with joblib, Parallel(n_jobs=2)(delayed(np.linalg.lstsq)(...) for each block of trials), whose default loky backend starts worker processes and keeps them alive after the call (a reusable executor, idle timeout 300 s); the value is right (the noise is drawn in the caller, the visible 50 x 3 design, beta [1, -2, 0.5], 4000 trials, seed 0 gives 0.26478), but after one call the session's process has 4 child processes (loky's workers and helpers) running instead of none, for minutes after the call; breaks the format rules' "... threads (shut down every executor you start, e.g. with ThreadPoolExecutor() as pool:)" and "each must leave the session as it found it"
from joblib import Parallel, delayed


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa, reproducible from seed."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / float(kappa), n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Root-mean-square error of least-squares coefficients, trials fitted in parallel blocks."""
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    blocks = np.array_split(Y, min(4, n_trials), axis=1)
    fits = Parallel(n_jobs=2)(delayed(np.linalg.lstsq)(X, block, rcond=None) for block in blocks)
    B = np.hstack([fit[0] for fit in fits])
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
