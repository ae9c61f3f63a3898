# verdict: wrong
# what: computes y * log(y / mu) literally, which is nan (0 * log 0) for zero counts
# feedback: NaN|nan|0 log 0|zero counts
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + y - mu))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        history['beta'].append(beta.copy())
        with np.errstate(divide='ignore', invalid='ignore'):
            history['deviance'].append(float(2 * np.sum(y * np.log(y / mu) - (y - mu))))
        if change < tol:
            break
    return beta, history
