# verdict: wrong
# what: the IRLS weights are floored at 1e-6 "so that X^T W X stays invertible", which changes every step that involves cells with |eta| > 14 (slower, different iterates, more iterations); breaks "w = p_hat (1 - p_hat)" in the update and "Your function must return the same iterates ... there"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))            # sigma(eta)
        w = p * np.exp(-np.logaddexp(0.0, eta))         # p (1 - p) with 1 - p = sigma(-eta)
        w = np.maximum(w, 1e-6)                         # guard against (numerically) zero weights
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
