# verdict: wrong
# what: kept the Poisson weights W = mu and z = eta + (y - mu)/mu from irls_poisson; same fixed point but not the logistic IRLS iterates (history and iteration count differ)
# feedback: weight|update
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        W = np.diag(mu)
        z = eta + (y - mu) / mu
        beta_new = np.linalg.solve(X.T @ W @ X, X.T @ W @ z)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        mu = 1 / (1 + np.exp(-(X @ beta)))
        deviance = -2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)
        if change < tol:
            break
    return beta, history
