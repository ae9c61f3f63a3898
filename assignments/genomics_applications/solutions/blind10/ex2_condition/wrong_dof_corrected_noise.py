# verdict: wrong
# what: statistical slip: inflates the noise sd by sqrt(n / (n - p)) ('degrees-of-freedom correction, so that the residual sd is noise_sd'), so every rmse is too large by that factor (3.1 % on the visible 50 x 3 design, inside its 6 % tolerance); X = reference.design_with_condition(5, 10, seed=0), beta [1, -1, 0.5], 20000 trials, seed 0: 7.4778 instead of 4.7294 (theory 4.7117); affects every input by construction (the factor is 1.0 only as n grows); breaks 'draw fresh independent noise eps(t) ~ N(0, sigma^2 I_n), sigma = noise_sd'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    n, p = X.shape
    rng = np.random.default_rng(seed)
    # degrees-of-freedom correction, so that the residual sd of each fit is noise_sd on average
    sd = noise_sd * np.sqrt(n / (n - p))
    noise = rng.normal(0.0, sd, size=(n, n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
