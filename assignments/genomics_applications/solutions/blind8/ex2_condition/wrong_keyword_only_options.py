# verdict: wrong
# what: declares the options of design_with_condition keyword-only, def design_with_condition(n_samples, kappa, *, n_features=3, seed=0), so the positional call design_with_condition(100, 10.0, 3, 0) of the fixed signature raises TypeError (takes 2 positional arguments but 4 were given) instead of returning the 100 x 3 matrix; breaks "Keep the function names and signatures exactly as given"
def design_with_condition(n_samples, kappa, *, n_features=3, seed=0):
    generator = np.random.default_rng(seed)
    left, _ = np.linalg.qr(generator.standard_normal((n_samples, n_features)))
    right, _ = np.linalg.qr(generator.standard_normal((n_features, n_features)))
    singular_values = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (left * singular_values) @ right.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    generator = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + generator.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
