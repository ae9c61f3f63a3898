# verdict: wrong
# what: never checks tol, always runs max_iter iterations (history has max_iter + 1 betas even after convergence)
# feedback: stop|tol
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        mu = 1 / (1 + np.exp(-(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(-2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu)))
    return beta, history
