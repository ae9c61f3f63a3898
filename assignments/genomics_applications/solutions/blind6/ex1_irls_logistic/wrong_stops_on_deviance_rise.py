# verdict: wrong
# what: a divergence guard stops the loop as soon as the deviance goes up, even when the coefficient change is still >= tol; breaks "stop right after the first iteration where this change is < tol, or after max_iter iterations, whichever comes first"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    old_dev = np.inf

    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        dev = float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        if change < tol:
            break
        if dev > old_dev:          # Newton is diverging: stop before it gets worse
            break
        old_dev = dev

    return beta, history
