# verdict: wrong
# what: trials are simulated in chunks of 256 and the last chunk is not cut to size, so ceil(n_trials / 256) * 256 trials are averaged (256 for n_trials=1); breaks "the root-mean-square error ... over n_trials simulated data sets ... with T = n_trials".
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    chunk = 256                                         # bounded memory for many trials
    sq_errors = []
    for start in range(0, n_trials, chunk):
        E = rng.normal(0.0, noise_sd, size=(n, chunk))
        B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + E, rcond=None)[0]
        sq_errors.append(np.sum((B - beta_true[:, None]) ** 2, axis=0))
    return float(np.sqrt(np.mean(np.concatenate(sq_errors))))
