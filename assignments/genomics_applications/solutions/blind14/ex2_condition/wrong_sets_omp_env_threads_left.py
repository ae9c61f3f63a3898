# verdict: wrong
# what: sets os.environ['OMP_NUM_THREADS'], ['OPENBLAS_NUM_THREADS'] and ['MKL_NUM_THREADS'] to '1' inside coefficient_rmse 'for a reproducible Monte Carlo' and leaves them; input: any call, e.g. the visible 50 x 3 X, [1, -2, 0.5], 200 trials, seed 0: the value is right (0.254413), but afterwards the three variables are '1' instead of unset, so every process the caller starts later (joblib/multiprocessing workers, subprocesses) runs single-threaded; breaks the format rules' 'each must leave the session as it found it'
import os


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    # one BLAS thread, so that the Monte Carlo is reproducible on every machine
    os.environ['OMP_NUM_THREADS'] = '1'
    os.environ['OPENBLAS_NUM_THREADS'] = '1'
    os.environ['MKL_NUM_THREADS'] = '1'
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
