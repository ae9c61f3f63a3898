# verdict: wrong
# what: simulates the trials in batches of 512 to bound memory and returns the root of the mean of the batches' mean squared errors, so a last, short batch (n_trials = 1025 leaves one trial) weighs as much as a full one
# feedback: last partial batch|every trial must count the same
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
    batch_means = []
    for start in range(0, n_trials, 512):
        size = min(512, n_trials - start)
        Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], size))
        B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
        batch_means.append(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)))
    return float(np.sqrt(np.mean(batch_means)))
