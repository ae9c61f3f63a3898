# verdict: wrong
# what: variance reduction: corrects the mean squared error with the noise energy ||eps||^2 / (n sd^2) (known mean 1) as a control variate, coefficient estimated from the same trials; input: the visible 50 x 3 design (default_rng(11)), beta_true [1, -2, 0.5], n_trials=2, seeds 0, 1, 2: 0.24285, 1.12161, 0.21453 instead of 0.18075, 0.34835, 0.27331 (same noise); over seeds 0..399 at n_trials=2 the mean of rmse^2 is 0.1004 instead of 0.0741 (theory 0.0702); breaks 'returns ... rmse = sqrt((1/T) sum_t ||beta_hat(t) - beta_true||^2)'
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
    noise = rng.normal(0.0, noise_sd, size=(n, n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    estimate = np.mean(sq_err)
    # variance reduction: the noise energy ||eps||^2 / (n sd^2) has known mean 1 and is
    # correlated with the squared error, so use it as a control variate
    if n_trials > 1 and noise_sd > 0:
        c = np.sum(noise ** 2, axis=0) / (n * noise_sd ** 2)
        var_c = np.var(c)
        if var_c > 0:
            b = np.cov(sq_err, c, bias=True)[0, 1] / var_c
            estimate = estimate - b * (np.mean(c) - 1.0)
    return float(np.sqrt(max(estimate, 0.0)))
