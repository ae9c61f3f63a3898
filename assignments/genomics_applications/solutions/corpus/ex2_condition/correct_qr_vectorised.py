# verdict: correct
# what: orthonormal factors from two QR decompositions, geometric singular values; all trials at once (one lstsq with n_trials right-hand sides)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    Q_left, _ = np.linalg.qr(rng.normal(size=(n_samples, n_features)))   # n x p, orthonormal columns
    Q_right, _ = np.linalg.qr(rng.normal(size=(n_features, n_features)))  # p x p orthogonal
    sing = np.geomspace(kappa, 1.0, n_features)
    return (Q_left * sing) @ Q_right.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    beta_true = np.asarray(beta_true, dtype=float)
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((n, n_trials))
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]          # p x n_trials
    err2 = ((B_hat - beta_true[:, None]) ** 2).sum(axis=0)
    return float(np.sqrt(err2.mean()))
