# verdict: wrong
# what: the seed notebook's start beta = 0 (mu = 1): the first step from counts in the hundreds overflows or makes X' W X singular
# feedback: start|history\['beta'\]\[0\]|log\(y \+ 0\.1\)
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    eta = X @ beta
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + y - mu))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))))
        if change < tol:
            break
    return beta, history
