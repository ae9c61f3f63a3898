# verdict: wrong
# what: the loop stops early (before the update) when np.linalg.cond(X'WX) exceeds 1e12, judged 'numerically singular'; r = default_rng(3), x = r.standard_normal(300), x2 = r.standard_normal(300), X = [1, 1e6 x2, x], y = (default_rng(4).uniform(size=300) < sigmoid(0.2 + x)) (full rank, cond(X) about 1e6): 1 iteration, beta [-0.0535, -2.04e-7, 0.8825], instead of 6 iterations to [-0.0599, -2.49e-7, 1.1280] (breaks 'stop right after the first iteration where this change is < tol, or after max_iter iterations, whichever comes first')
# The student read in Section 2 that X'WX can become numerically singular and adds a guard
# that ends the iterations there instead of producing garbage.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        q_hat = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * q_hat
        XtWX = X.T @ (w[:, None] * X)
        if np.linalg.cond(XtWX) > 1e12:      # numerically singular: further steps are unreliable
            break
        beta_new = np.linalg.solve(XtWX, X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
