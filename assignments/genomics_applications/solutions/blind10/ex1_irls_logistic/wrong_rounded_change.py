# verdict: wrong
# what: rounds the change to 10 decimals before comparing it with tol ('to remove floating-point noise'), so any change below 5e-11 counts as 0 and a tol below that stops too early; the visible X without its intercept column (X[:, 1:]) with integer y, tol=1e-12: stops after 6 iterations (last change 2.51e-11, rounded to 0.0) instead of 7 (last change 2.2e-15), beta off by about 2.5e-11; breaks 'compute the change max_k |beta_new_k - beta_old_k| ... stop right after the first iteration where this change is < tol'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        # round away floating-point noise before comparing with tol
        change = round(float(np.max(np.abs(beta_new - beta))), 10)
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
