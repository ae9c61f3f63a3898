# verdict: wrong
# what: returns mean over trials of ||beta_hat - beta_true|| instead of sqrt(mean ||.||^2) (about 8% low for 3 coefficients)
# feedback: mean of the (error )?norms
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    errors = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        errors.append(np.linalg.norm(b - beta_true))
    return float(np.mean(errors))
