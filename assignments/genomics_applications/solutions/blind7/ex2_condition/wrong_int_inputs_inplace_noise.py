# verdict: wrong
# what: builds the responses as Y = repeat(X @ beta_true) and adds the noise in place (Y += noise) without converting X or beta_true to float, so an integer design with integer coefficients (e.g. 0/1 indicators and beta_true = [1, -2, 3]) raises a casting error instead of returning the rmse; breaks "returns one float ... the root-mean-square error of least-squares coefficients" for an allowed full-rank X
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X)
    beta_true = np.asarray(beta_true)
    rng = np.random.default_rng(seed)
    Y = np.repeat((X @ beta_true)[:, None], n_trials, axis=1)     # one column per trial
    Y += rng.normal(0.0, noise_sd, size=Y.shape)
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
