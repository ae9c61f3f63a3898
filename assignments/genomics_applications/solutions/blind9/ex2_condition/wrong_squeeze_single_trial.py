# verdict: wrong
# what: np.squeeze on lstsq's (p, n_trials) estimates also drops the trial axis when n_trials = 1, and B - beta_true[:, None] then broadcasts to a p x p matrix of cross differences (visible X, beta [1, -2, 0.5], n_trials=1, seeds 0, 1, 2: 3.17561, 3.22856, 3.14640 instead of 0.21232, 0.13775, 0.19313; n_trials >= 2 is right); breaks "the root-mean-square error of least-squares coefficients over n_trials simulated data sets" for T = 1
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
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    # one column of estimates per trial; squeeze away any singleton axis lstsq leaves
    B = np.squeeze(np.linalg.lstsq(X, Y, rcond=None)[0])
    errors = B - beta_true[:, None]
    return float(np.sqrt(np.mean(np.sum(errors ** 2, axis=0))))
