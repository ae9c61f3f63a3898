# verdict: wrong
# what: every trial resamples the rows (cells) of X with replacement before adding fresh noise, a random design instead of the given X; input: X = reference.design_with_condition(6, 10, seed=0), beta_true [1, -1, 0.5], n_trials=20000, seed=0: 6.8628 instead of 4.3253 (theory 4.3012); (10, 10, seed=0): 4.2616 instead of 3.3434; the visible 50 x 3 Xr with 4000 trials: 0.2761 instead of 0.2648 (+4 %, inside the visible 6 %); breaks 'in trial t you draw fresh independent noise ... set y(t) = X beta_true + eps(t) and compute the least-squares fit' (the same X in every trial)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    sq_err = np.empty(n_trials)
    for t in range(n_trials):
        # a new data set = a new sample of cells: resample the rows (cells) with replacement,
        # then draw fresh noise for them
        rows = rng.integers(0, n, size=n)
        Xt = X[rows]
        y = Xt @ beta_true + rng.normal(0.0, noise_sd, size=n)
        b = np.linalg.lstsq(Xt, y, rcond=None)[0]
        sq_err[t] = np.sum((b - beta_true) ** 2)
    return float(np.sqrt(np.mean(sq_err)))
