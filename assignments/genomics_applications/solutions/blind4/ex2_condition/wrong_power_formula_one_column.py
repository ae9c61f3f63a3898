# verdict: wrong
# what: singular values s_k = sqrt(n) * exp(-k * log(kappa) / (n_features - 1)); with n_features == 1 and kappa == 1 ("with n_features == 1 only kappa == 1 is possible, and only that is asked") the step is 0/0 = nan, so the returned column is all NaN instead of a column with condition number 1.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    step = np.log(kappa) / (n_features - 1)       # equal steps on a log scale
    s = np.sqrt(n_samples) * np.exp(-step * np.arange(n_features))
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B_hat = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
