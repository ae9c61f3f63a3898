# verdict: correct
# what: a port of the seed notebook's loop with a dense np.diag(mu) weight matrix (slow but correct) and the glm.fit start; history['beta'] stored as a list of copies
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        mu = np.exp(eta)
        W = np.diag(mu)
        z = eta + (y - mu) / mu
        beta_new = np.linalg.solve(X.T @ W @ X, X.T @ W @ z)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        safe = np.where(y > 0, y, 1.0)
        deviance = 2 * np.sum(np.where(y > 0, y * np.log(safe / mu), 0.0) - (y - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(deviance))
        if change < tol:
            break
    return beta, history
