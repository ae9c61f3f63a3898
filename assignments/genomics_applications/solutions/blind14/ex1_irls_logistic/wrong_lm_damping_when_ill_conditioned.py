# verdict: wrong
# what: a Levenberg-Marquardt safeguard: when cond(X'WX) > 1e12 it solves (X'WX + 1e-10 trace(X'WX) I) beta = X'Wz, which is a ridge-penalised step; input: blind13's L7, rng = default_rng(5), x = rng.standard_normal(150), y = rng.random(150) < sigmoid(0.4 + 1.2 x), X = [1, 1e7 x] (a covariate in small units, cond(X) 9.2e6, full rank): beta [4.41446430e-05, 7.71096643e-08] and last deviance 191.597481 instead of [0.326453434, 8.33690736e-08] and 188.173754 (the intercept is shrunk away); X = [1, 1e8 x]: 4 iterations to [4.4e-07, 7.71e-09] instead of 5 to [0.326453, 8.3369e-09]; X = [1, 1e6 x] is right; breaks 'One iteration = one IRLS update ... beta <- (X'WX)^-1 X'Wz'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        # Levenberg-Marquardt safeguard: damp the system when it is numerically near singular
        if np.linalg.cond(XtWX) > 1e12:
            XtWX = XtWX + 1e-10 * np.trace(XtWX) * np.eye(X.shape[1])
        beta_new = np.linalg.solve(XtWX, X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
