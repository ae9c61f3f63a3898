# verdict: wrong
# what: measures the spread of beta_hat around its own mean over trials (a standard deviation), not the error against beta_true; 0 for n_trials=1
# feedback: beta_true|own mean|spread
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    B = np.empty((n_trials, X.shape[1]))
    for t in range(n_trials):
        y = X @ beta_true + rng.normal(0, noise_sd, X.shape[0])
        B[t] = np.linalg.lstsq(X, y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - B.mean(axis=0)) ** 2, axis=1))))
