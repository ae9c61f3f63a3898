# verdict: wrong
# what: calls gc.disable() before a per-trial loop to avoid garbage-collector pauses and never re-enables it; input: any call, e.g. the visible 50 x 3 X, [1, -2, 0.5], 200 trials, seed 0: the value is fine (0.269284 from its per-trial stream; the reference's block stream gives 0.254413), but afterwards gc.isenabled() is False instead of True, so reference cycles in the caller's later code are never collected; breaks the format rules' 'each must leave the session as it found it'
import gc


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    gc.disable()                       # no garbage-collector pauses inside the trial loop
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        total += np.sum((b - beta_true) ** 2)
    return float(np.sqrt(total / n_trials))
