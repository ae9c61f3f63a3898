# verdict: wrong
# what: makes cond(X^T X) = kappa (singular values of X from 1 to sqrt(kappa)), so cond(X) is only sqrt(kappa)
# feedback: sqrt\(kappa\)|X\^T X|square root
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    eigenvalues = np.linspace(kappa, 1.0, n_features)   # eigenvalues of X^T X
    return U @ np.diag(np.sqrt(eigenvalues)) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
