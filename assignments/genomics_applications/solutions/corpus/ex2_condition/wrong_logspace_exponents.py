# verdict: wrong
# what: np.logspace(0, kappa, p) treats kappa as an exponent, so the singular values span 10**kappa instead of kappa
# feedback: 10\*\*kappa|exponent|logspace
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.logspace(0, kappa, n_features)[::-1]
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
