# verdict: wrong
# what: works with column vectors (n, 1) and squeezes the solve result, so with a single column (p = 1) beta and every history['beta'] entry are 0-d arrays instead of 1-D arrays of length p; breaks "X is an (n, p) float array" (p = 1 allowed, no column of ones required) and "a 1-D float array of length p"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    beta = np.zeros((X.shape[1], 1))
    history = {'beta': [beta.ravel().copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        XtWX = X.T @ (w * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(np.squeeze(beta).copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return np.squeeze(beta), history
