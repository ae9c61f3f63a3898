# verdict: wrong
# what: the stopping change is np.max(beta_new - beta) without the absolute value, so an iteration in which every coefficient decreases (or moves by less than tol upwards) stops the loop; breaks "the largest absolute change of a coefficient ... stop right after the first iteration where this change is < tol"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
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
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(beta_new - beta)
        beta = beta_new
        eta_new = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
