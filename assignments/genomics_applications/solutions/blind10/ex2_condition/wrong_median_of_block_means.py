# verdict: wrong
# what: statistical slip: returns sqrt of the MEDIAN of the mean squared errors of up to 10 blocks of trials ('median of means', robust to an unlucky trial) instead of the mean over all trials; the squared errors are the reference's (same stream), so only the averaging differs: the visible 50 x 3 design, beta [1, -2, 0.5], n_trials=3, seeds 0, 1, 2: 0.25138, 0.30277, 0.18570 instead of 0.27123, 0.27624, 0.18870; n_trials=10, seed 0: 0.19181 instead of 0.24739; over seeds 0..399 at n_trials=5 the mean of rmse^2 is 0.0613 instead of 0.0719 (theory 0.0702), a 13 % downward bias; n_trials 1 and 2 and large n_trials are right or nearly; breaks 'rmse = sqrt((1/T) sum_t ||beta_hat(t) - beta_true||^2)'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
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
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B - beta_true[:, None]) ** 2, axis=0)
    # median of means over (up to) 10 blocks: robust to an unlucky trial
    blocks = np.array_split(sq_err, min(10, n_trials))
    return float(np.sqrt(np.median([b.mean() for b in blocks])))
