# verdict: correct
# what: full SVD (full_matrices=True) with an n x p Sigma block; estimates through the pseudo-inverse
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=True)
    Sigma = np.zeros((n_samples, n_features))
    sv = np.linspace(1.0, kappa, n_features)[::-1]
    Sigma[:n_features, :n_features] = np.diag(sv)
    X = U @ Sigma @ Vt
    return X


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    X_pinv = np.linalg.pinv(X)
    total = 0.0
    for trial in range(n_trials):
        noise = rng.normal(loc=0, scale=noise_sd, size=len(X))
        y = X @ beta_true + noise
        beta_hat = X_pinv @ y
        total += np.linalg.norm(beta_hat - beta_true) ** 2
    return np.sqrt(total / n_trials)
