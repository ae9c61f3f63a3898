# verdict: wrong
# what: stops on the relative change max|delta| / max|beta| < tol instead of the largest absolute change (stops at a different iteration when |beta| is far from 1)
# feedback: stop.*(relative|largest absolute)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        rel_change = np.max(np.abs(beta_new - beta)) / (np.max(np.abs(beta_new)) + 1e-12)
        beta = beta_new
        mu = 1 / (1 + np.exp(-(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(-2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu)))
        if rel_change < tol:
            break
    return beta, history
