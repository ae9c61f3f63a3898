# verdict: wrong
# what: scales one column of a random Gaussian matrix by kappa; the columns are not orthogonal, so cond(X) is only roughly kappa
# feedback: orthonormal|orthogonal
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((n_samples, n_features))
    X = X / np.linalg.norm(X, axis=0)
    X[:, 0] *= kappa
    return X


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
