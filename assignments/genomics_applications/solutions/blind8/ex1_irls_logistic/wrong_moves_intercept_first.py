# verdict: wrong
# what: moves a column of ones to position 0 "so that beta[0] is always the intercept" and returns beta (and the history) in that new order; X = [x, 1] (intercept last, x = the visible test's first covariate, seed 2024) with the visible y gives beta [-0.5868, 1.1680] ordered (intercept, slope) instead of [1.1680, -0.5868] in the order of the columns; breaks "X ... already contains an intercept column if one is wanted: your function adds nothing and treats every column alike" (beta[k] belongs to column k of X)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # put the intercept (a column of ones), if there is one, first
    ones = [j for j in range(X.shape[1]) if np.all(X[:, j] == 1.0)]
    if ones and ones[0] != 0:
        order = [ones[0]] + [j for j in range(X.shape[1]) if j != ones[0]]
        X = X[:, order]

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
