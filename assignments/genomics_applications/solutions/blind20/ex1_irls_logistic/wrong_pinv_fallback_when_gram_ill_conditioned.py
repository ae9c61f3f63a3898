# verdict: wrong
# what: when np.linalg.cond(X'WX) > 1e12 the step is solved with np.linalg.pinv(X'WX, rcond=1e-12), which drops the small eigen-direction of a full-rank design whose columns have very different units; x, x2 = default_rng(3).standard_normal(200) twice, X = [1, 1e6 x2, x] (cond 1.0e6), y ~ Bernoulli(sigmoid(0.2 x2 + x)) (default_rng(4)): 25 iterations ending at [-0.2237, 1.1e-7, 0.8815] instead of 6 to [-0.2886, 1.3e-7, 1.1522]; breaks "beta <- (X'WX)^-1 X'Wz" (one IRLS update) and the stopping rule
# The student read in Section 3 that large condition numbers make coefficients meaningless and
# added a "safe" pseudo-inverse branch.


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
        if np.linalg.cond(XtWX) > 1e12:
            beta_new = np.linalg.pinv(XtWX, rcond=1e-12) @ XtWz
        else:
            beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
