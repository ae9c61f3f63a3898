# verdict: wrong
# what: statistical slip: since E||beta_hat - beta||^2 depends only on the noise covariance, draws uniform noise on [-sqrt(3) sd, sqrt(3) sd] (variance sd^2) instead of Gaussian noise, so the rmse is right on average (visible 4000-trial test: 1.006 x theory) but its distribution is wrong; X = [1, (0, 1, 2, 3)] (n = 4), beta_true [1, 1], n_trials=1: the error can never exceed sqrt(2.42^2 + 1.39^2) = 2.79, and over seeds 0..3999 the largest value is 2.472 where the reference reaches 3.377 (Gaussian noise is unbounded); breaks 'in trial t you draw fresh independent noise eps(t) ~ N(0, sigma^2 I_n)'
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
    # E||beta_hat - beta||^2 depends only on the noise covariance, so any zero-mean noise with
    # variance noise_sd^2 will do: uniform on [-sqrt(3) sd, sqrt(3) sd]
    half_width = np.sqrt(3.0) * noise_sd
    noise = rng.uniform(-half_width, half_width, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
