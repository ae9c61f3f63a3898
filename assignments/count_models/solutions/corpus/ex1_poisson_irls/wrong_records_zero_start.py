# verdict: wrong
# what: fits from eta0 = log(y + 0.1) correctly but records history['beta'][0] as zeros, so the first change is measured from 0
# feedback: start|history\['beta'\]\[0\]|lstsq
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    eta = np.log(y + 0.1)
    beta = np.zeros(X.shape[1])
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
