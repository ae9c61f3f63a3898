# verdict: wrong
# what: the seed notebook's bug: deviance computed from mu of the OLD coefficients (before the update), not at the new coefficients of that iteration
# feedback: deviance.*(before|old|previous)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        W = np.diag(mu * (1 - mu))
        z = eta + (y - mu) / (mu * (1 - mu))
        beta_new = np.linalg.solve(X.T @ W @ X, X.T @ W @ z)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        # Deviance (goodness of fit)
        deviance = -2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)
        if change < tol:
            print(f"Converged in {iteration + 1} iterations")
            break
    return beta, history
