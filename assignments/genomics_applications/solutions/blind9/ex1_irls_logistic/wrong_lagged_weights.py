# verdict: wrong
# what: statement-order slip: the weights of each iteration come from the linear predictor of the iteration before (w lags one step behind p and z), a quasi-Newton iteration with the same fixed point (visible data: 9 iterations instead of 6; max_iter=3 gives beta [-0.736713, 1.281609, -1.967891] instead of [-0.803467, 1.396181, -2.122585]; the first step is right); breaks "One iteration = one IRLS update" with p, w = p(1 - p) and z all computed at the current eta
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    eta = np.zeros(n)
    p_hat = np.full(n, 0.5)
    for _ in range(max_iter):
        w = p_hat * (1.0 - p_hat) if _ == 0 else w_next
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        # weights for the next step come from the probabilities used in this one
        w_next = np.exp(-np.logaddexp(0.0, -eta) - np.logaddexp(0.0, eta))
        beta = beta_new
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
