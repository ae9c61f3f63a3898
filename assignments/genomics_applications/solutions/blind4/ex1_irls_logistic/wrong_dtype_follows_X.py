# verdict: wrong
# what: computes in X's own dtype (beta = np.zeros(p, dtype=X.dtype), y cast to X.dtype) instead of float64. For a float32 X ("X is an (n, p) float array") the changes stall near 1e-7, so tol=1e-8 is never met and all 25 iterations run, with coefficients off by about 1e-7.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X)
    if not np.issubdtype(X.dtype, np.floating):
        X = X.astype(float)
    y = np.asarray(y, dtype=X.dtype)              # keep one dtype throughout
    beta = np.zeros(X.shape[1], dtype=X.dtype)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0, -eta))
        w = p_hat * (1 - p_hat)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * np.sum(np.logaddexp(0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
