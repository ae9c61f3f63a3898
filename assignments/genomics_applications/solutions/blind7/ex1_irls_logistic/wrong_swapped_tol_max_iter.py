# verdict: wrong
# what: the signature is written irls_logistic(X, y, tol=1e-8, max_iter=25) (tol before max_iter), so a positional call irls_logistic(X, y, 3) sets tol=3 and keeps max_iter=25, and irls_logistic(X, y, 3, 1e-6) runs one iteration; breaks the fixed signature "irls_logistic(X, y, max_iter=25, tol=1e-8)"
def irls_logistic(X, y, tol=1e-8, max_iter=25):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    it = 0
    while it < max_iter:
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))      # p (1 - p), with 1 - p = sigmoid(-eta)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        it += 1
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
