# verdict: wrong
# what: per-coefficient RMSE: np.mean over trials AND coefficients of the squared errors, i.e. divided by p
# feedback: number of coefficients|summed over the coefficients
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    estimates = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        estimates.append(np.linalg.lstsq(X, y, rcond=None)[0])
    estimates = np.array(estimates)
    return float(np.sqrt(np.mean((estimates - beta_true) ** 2)))
