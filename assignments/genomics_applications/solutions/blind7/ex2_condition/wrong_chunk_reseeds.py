# verdict: wrong
# what: trials are simulated in chunks of 1000 by a helper that makes its generator from seed on every call, so every chunk repeats the same 1000 noise vectors (4000 trials are 4 copies of 1000, and rmse(n_trials=2000) == rmse(n_trials=1000)); breaks "in trial t you draw fresh independent noise" (the Monte Carlo error is that of 1000 trials)
_CHUNK = 1000


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def _chunk_sq_errors(X, beta_true, noise_sd, size, seed):
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], size))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return np.sum((B - beta_true[:, None]) ** 2, axis=0)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    sq = []
    done = 0
    while done < n_trials:                      # bounded memory for many trials
        size = min(_CHUNK, n_trials - done)
        sq.append(_chunk_sq_errors(X, beta_true, noise_sd, size, seed))
        done += size
    return float(np.sqrt(np.mean(np.concatenate(sq))))
