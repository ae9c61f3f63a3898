# verdict: wrong
# what: works with column vectors and returns beta.squeeze(), which for a one-column design is a 0-d array (and so is every history entry); breaks "(there may be no column of ones, and p may be 1)" and "Return beta ... a 1-D float numpy array of length p"
# feedback: dimension|1-D|shape|p = 1|one column
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)          # a column, like X's columns

    eta = np.log(y + 0.1)                                   # (n, 1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]           # (p, 1)
    history = {'beta': [beta.squeeze().copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu * X), X.T @ (mu * eta + (y - mu)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        dev = 2.0 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))
        history['beta'].append(beta.squeeze().copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta.squeeze(), history
