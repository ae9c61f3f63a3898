# verdict: wrong
# what: initialises beta = np.ones(p) instead of zeros, so history['beta'][0] and all iterates differ
# feedback: start.*zero|zero.*start
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.ones(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        mu = 1 / (1 + np.exp(-(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(-2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu)))
        if change < tol:
            break
    return beta, history
