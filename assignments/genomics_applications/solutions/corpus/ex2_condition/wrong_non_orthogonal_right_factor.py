# verdict: wrong
# what: U diag(s) V^T with V a raw Gaussian matrix (never orthogonalised), so s are not the singular values and cond(X) != kappa
# feedback: orthonormal|orthogonal
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V = rng.standard_normal((n_features, n_features))
    s = np.linspace(kappa, 1, n_features)
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
