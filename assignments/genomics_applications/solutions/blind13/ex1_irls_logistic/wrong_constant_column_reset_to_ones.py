# verdict: wrong
# what: sets every constant column of (a copy of) X to exactly 1.0 ("a constant column is the intercept"): blind6's A (rng = default_rng(8), c = rng.standard_normal(60), y = rng.random(60) < sigmoid(0.3 + c), X = [0.001 ones, c]) gives beta [0.43285963, 0.96110966] after 5 iterations instead of [432.8596276, 0.96110966] after 6 (max_iter=1: [0.34145028, 0.77872481] instead of [341.45027773, 0.77872481]); breaks "It already contains an intercept column if one is wanted: your function adds nothing and treats every column alike"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=float)            # a copy: the caller's X is not touched
    y = np.asarray(y, dtype=float)
    # a constant column is the intercept: make sure it is exactly a column of ones
    constant = np.all(X == X[0], axis=0)
    X[:, constant] = 1.0
    n, p = X.shape
    beta = np.zeros(p)
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
            break
    return beta, history
