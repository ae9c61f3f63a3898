# verdict: wrong
# what: default tol=1e-6 instead of the signature's 1e-8 ("Write irls_logistic(X, y, max_iter=25, tol=1e-8)"); a call with the default stops one iteration early whenever a change lands in [1e-8, 1e-6).
def irls_logistic(X, y, max_iter=25, tol=1e-6):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for it in range(max_iter):
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-eta))
        w = p_hat * (1.0 - p_hat)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
