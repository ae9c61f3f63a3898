# verdict: correct
# what: thin SVD of a Gaussian matrix gives orthonormal U, V; singular values linspace(kappa, 1); RMSE by a loop of np.linalg.lstsq fits with default_rng(seed)
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Design matrix with 2-norm condition number exactly kappa."""
    rng = np.random.default_rng(seed)
    A = rng.standard_normal((n_samples, n_features))
    U, _, Vt = np.linalg.svd(A, full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)     # s_max / s_min = kappa
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    beta_true = np.asarray(beta_true, dtype=float)
    sq_errors = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat, *_ = np.linalg.lstsq(X, y, rcond=None)
        sq_errors.append(np.sum((beta_hat - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq_errors)))


for k in [1, 10, 1e3, 1e6]:
    Xk = design_with_condition(100, k)
    print(f"kappa={k:>9.0e}  cond(X)={np.linalg.cond(Xk):.3e}  RMSE={coefficient_rmse(Xk, np.array([1.0, -2.0, 0.5])):.4f}")
