# verdict: wrong
# what: solves each step with np.linalg.pinv(X'WX, rcond=1e-10) "in case X'WX is singular", which silently drops a direction when a covariate is in large units (X'WX condition number above 1e10, e.g. X = [1, 1e6 * x]), so the iterates and the fixed point are not the IRLS / maximum-likelihood ones; breaks "One iteration = one IRLS update ... beta <- (X'WX)^-1 X'Wz"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.pinv(XtWX, rcond=1e-10) @ XtWz     # robust to a singular X'WX
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
