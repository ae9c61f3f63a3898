# verdict: wrong
# what: splits the trials into os.cpu_count() chunks run in a ThreadPoolExecutor, each with its own SeedSequence(seed).spawn stream, so the result depends on the machine's number of cores; input: the visible 50 x 3 X, [1, -2, 0.5], 200 trials, seed 0: 0.26535802 on this 2-core machine, 0.27781511 on an 8-core one (os.cpu_count() = 8) and 0.26798882 on a single core, where the reference gives 0.25441321 everywhere; breaks 'Draw the noise from a generator made from seed ..., so that the same seed gives the same result'
import os
from concurrent.futures import ThreadPoolExecutor


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    # one chunk of trials per CPU core, each with its own independent stream (SeedSequence.spawn)
    n_workers = max(1, min(os.cpu_count() or 1, n_trials))
    chunks = [c for c in np.array_split(np.arange(n_trials), n_workers)]
    streams = np.random.SeedSequence(seed).spawn(n_workers)

    def run(args):
        idx, ss = args
        rng = np.random.default_rng(ss)
        Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], len(idx)))
        B = np.linalg.lstsq(X, Y, rcond=None)[0]
        return float(np.sum((B - beta_true[:, None]) ** 2))

    with ThreadPoolExecutor(max_workers=n_workers) as pool:
        total = sum(pool.map(run, zip(chunks, streams)))
    return float(np.sqrt(total / n_trials))
