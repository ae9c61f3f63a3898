# verdict: wrong
# what: stops when the deviance changes by less than tol instead of the coefficients
# feedback: iterations|stop|tol
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
        pos = y > 0
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))))
        if len(history['deviance']) > 1 and abs(history['deviance'][-1] - history['deviance'][-2]) < tol:
            break
    return beta, history
