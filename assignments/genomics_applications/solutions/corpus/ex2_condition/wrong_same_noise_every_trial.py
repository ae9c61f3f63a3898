# verdict: wrong
# what: draws one noise vector before the loop and reuses it in every trial, so the "average" is a single draw (does not shrink with n_trials; spread across seeds stays large)
# feedback: fresh noise|same noise
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    noise = rng.normal(0, noise_sd, X.shape[0])
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + noise
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
