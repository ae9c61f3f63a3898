# verdict: wrong
# what: simulates unit-variance noise whatever noise_sd is, so the RMSE does not scale with noise_sd
# feedback: (not|never) scale with noise_sd|noise_sd (is )?ignored
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _, Vt = np.linalg.svd(rng.standard_normal((n_samples, n_features)), full_matrices=False)
    s = np.linspace(kappa, 1.0, n_features)
    return U @ np.diag(s) @ Vt


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    sq = []
    for _ in range(n_trials):
        y = X @ beta_true + rng.standard_normal(X.shape[0])
        b = np.linalg.lstsq(X, y, rcond=None)[0]
        sq.append(np.sum((b - beta_true) ** 2))
    return float(np.sqrt(np.mean(sq)))
