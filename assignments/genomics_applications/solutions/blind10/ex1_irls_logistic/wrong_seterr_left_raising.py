# verdict: wrong
# what: sets np.seterr(over='raise', invalid='raise') to catch overflow while fitting but restores the old error state only after the loop, not on the early return when it converges, so numpy's global error state is left changed; visible data (converges after 6 iterations, right beta): afterwards np.geterr()['over'] is 'raise' instead of 'warn' and np.exp(np.float64(1000.0)) raises FloatingPointError instead of returning inf with a RuntimeWarning (a call that stops at max_iter restores it); breaks the function's contract of returning (beta, history) without side effects on the caller's numpy session
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    old_err = np.seterr(over='raise', invalid='raise')   # turn overflow / nan into errors while fitting
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            return beta, history                          # converged
    np.seterr(**old_err)
    return beta, history
