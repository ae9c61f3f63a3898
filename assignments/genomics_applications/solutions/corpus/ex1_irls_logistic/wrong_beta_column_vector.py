# verdict: wrong
# what: works with y as a column and returns beta (and the history entries) with shape (p, 1) instead of a 1-D array
# feedback: dimension|1-D|shape
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    beta = np.zeros((p, 1))
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        W = np.diag((mu * (1 - mu)).ravel())
        z = eta + (y - mu) / (mu * (1 - mu))
        beta_new = np.linalg.inv(X.T @ W @ X) @ X.T @ W @ z
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        mu = 1 / (1 + np.exp(-(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(-2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu))))
        if change < tol:
            break
    return beta, history
