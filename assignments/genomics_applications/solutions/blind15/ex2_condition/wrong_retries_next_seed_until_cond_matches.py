# verdict: wrong
# what: checks np.linalg.cond(X) against kappa with rtol 1e-9 and otherwise redraws from seed + 1, seed + 2, ... (up to 20 times); input: design_with_condition(50, 1e8, seed=0) and seed=1 return the same matrix (first row [0.19422, -0.20973, -0.27388]; also seeds 4/5 and 9/10), and at kappa 1e9 seeds 3 to 12 all return one and the same matrix, while the reference gives different matrices (first rows [0.04899, 0.08666, -0.05101] and [0.19422, -0.20973, -0.27388] for seeds 0 and 1); breaks 'the matrix is random and reproducible from seed: ... and different seeds give different matrices'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa.

    The construction is exact only up to rounding, so check the result and, if it misses
    kappa by more than 1e-9 (relative), draw again from the next seed (at most 20 times).
    """
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    for attempt in range(20):
        rng = np.random.default_rng(seed + attempt)
        U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
        V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
        X = (U * s) @ V.T
        if abs(np.linalg.cond(X) / kappa - 1.0) <= 1e-9:
            break
    return X


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))

