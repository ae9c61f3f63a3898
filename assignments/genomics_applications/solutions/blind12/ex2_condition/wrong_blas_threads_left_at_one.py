# verdict: wrong
# what: calls threadpoolctl.threadpool_limits(limits=1, user_api='blas') as a plain function (not in a with block) to avoid BLAS threading overhead, which leaves numpy's BLAS at 1 thread for the rest of the session: on this 2-core machine threadpool_info() reports OpenBLAS num_threads 2 before a call and 1 after it; the rmse itself is right (visible design, 200 trials, seed 0: 0.26928 with its trial-major stream); breaks the format rules' "each must leave the session as it found it" (which names torch's thread count among the caller's settings)
from threadpoolctl import threadpool_limits


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    # many small least-squares problems: BLAS threads only add overhead here
    threadpool_limits(limits=1, user_api='blas')
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(n_trials, X.shape[0]))
    Y = X @ beta_true + noise                      # one simulated data set per row
    B = np.linalg.lstsq(X, Y.T, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B.T - beta_true) ** 2, axis=1))))
