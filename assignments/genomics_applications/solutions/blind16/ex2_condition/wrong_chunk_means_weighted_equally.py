# verdict: wrong
# what: draws the trials in chunks of 1000 and returns the square root of the mean of the chunk means, so a short last chunk weighs as much as a full one; input: the visible 50 x 3 design, beta_true [1, -2, 0.5], seed 0, n_trials=1001: 0.20778 instead of 0.26674 (the same 1001 trials averaged; the reference's own stream gives 0.26152); n_trials <= 1000 and multiples of 1000 are right; breaks 'rmse = sqrt((1/T) sum_{t=1}^{T} ||beta_hat(t) - beta_true||^2)'
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
    chunk = 1000                                   # bounded memory for many trials
    chunk_means = []
    for start in range(0, n_trials, chunk):
        m = min(chunk, n_trials - start)
        noise = rng.normal(0.0, noise_sd, size=(X.shape[0], m))
        Y = (X @ beta_true)[:, None] + noise
        B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
        chunk_means.append(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)))
    return float(np.sqrt(np.mean(chunk_means)))
