# verdict: wrong
# what: legacy np.random.RandomState(seed), which takes only seeds below 2**32 (a larger seed, which the statement allows, raises ValueError); orthonormal columns from QR scaled to norms between 1 and kappa (columns stay orthogonal); one QR of X, then a triangular solve per trial
# feedback: 2\*\*32
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rs = np.random.RandomState(seed)
    Q, _ = np.linalg.qr(rs.randn(n_samples, n_features))
    col_norms = np.ones(n_features)
    col_norms[0] = kappa            # orthogonal columns: singular values = column norms
    return Q * col_norms


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rs = np.random.RandomState(seed)
    Q, R = np.linalg.qr(X)          # not X'X: that squares the condition number
    errs = np.empty(n_trials)
    for t in range(n_trials):
        y = X @ beta_true + noise_sd * rs.randn(X.shape[0])
        b = np.linalg.solve(R, Q.T @ y)
        errs[t] = np.sum((b - beta_true) ** 2)
    return np.sqrt(errs.mean())
