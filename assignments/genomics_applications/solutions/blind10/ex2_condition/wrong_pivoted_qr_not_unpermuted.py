# verdict: wrong
# what: fits with scipy.linalg.qr(X, mode='economic', pivoting=True) and solves R b = Q'y but forgets to undo the column permutation, so the coefficients come back in pivot order whenever the pivoting reorders the columns; the visible design with its covariates in units 10 times larger, X = [1, 10 z1, 10 z2] (z from default_rng(11), pivot order [1, 2, 0]), beta_true [1, -2, 0.5], 500 trials, seed 0: 3.9407 instead of 0.14428; reference.design_with_condition(100, 100, seed=0) (pivot [1, 0, 2]), beta [1, -1, 0.5], 500 trials, seed 1: 10.388 instead of 10.073; right whenever the pivot order is the identity (the visible X); breaks 'compute the least-squares fit beta_hat(t) (e.g. np.linalg.lstsq(X, y, rcond=None))'
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    import scipy.linalg
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    # rank-revealing QR (column pivoting) for stability on badly conditioned designs
    Q, R, piv = scipy.linalg.qr(X, mode='economic', pivoting=True)
    B = scipy.linalg.solve_triangular(R, Q.T @ Y)
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
