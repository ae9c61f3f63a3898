# verdict: wrong
# what: adds 1e-10 * I to X^T W X "for numerical stability" at every step, so each update is a ridge step, not the IRLS update (X^T W X)^-1 X^T W z; invisible at unit scale but biases the fit when the columns of X are small (X^T W X of order 1e-10)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    ridge = 1e-10 * np.eye(p)        # guards against a singular X^T W X

    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        prob = np.exp(-np.logaddexp(0.0, -eta))
        w = prob * (1.0 - prob)
        XtWX = X.T @ (w[:, None] * X) + ridge
        XtWz = X.T @ (w * eta + (y - prob))     # X^T W z without dividing by w
        beta_new = np.linalg.solve(XtWX, XtWz)

        delta = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if delta < tol:
            break
    return beta, history
