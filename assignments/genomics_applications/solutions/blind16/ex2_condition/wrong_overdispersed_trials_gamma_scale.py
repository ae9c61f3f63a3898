# verdict: wrong
# what: 'replicates are overdispersed': each trial's noise is multiplied by sqrt(g_t), g_t ~ Gamma(shape 2, scale 0.5) (mean 1, as a negative-binomial dispersion of 0.5), so the noise is not N(0, noise_sd^2 I); input: the visible 50 x 3 design, beta_true [1, -2, 0.5], n_trials=1, seeds 0, 1, 2: 0.22126, 0.14170, 0.25149 instead of 0.21232, 0.13775, 0.19313 (same normal draws); over seeds 0..999 at n_trials=1 rmse^2 has sd 0.0829 instead of 0.0574 (means 0.0703, 0.0682); breaks 'in trial t you draw fresh independent noise eps(t) ~ N(0, sigma^2 I_n)'
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
    # replicates of real experiments are overdispersed: each simulated data set gets its own
    # dispersion factor (gamma, mean 1, dispersion 0.5), as in a negative-binomial model
    dispersion = rng.gamma(shape=2.0, scale=0.5, size=n_trials)
    noise = noise * np.sqrt(dispersion)
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
