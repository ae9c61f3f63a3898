# verdict: wrong
# what: stops when the deviance changes by less than tol instead of the largest absolute coefficient change
# feedback: stop|tol
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    dev_old = np.inf
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        mu = 1 / (1 + np.exp(-(X @ beta)))
        dev = -2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        if abs(dev_old - dev) < tol:
            break
        dev_old = dev
    return beta, history
