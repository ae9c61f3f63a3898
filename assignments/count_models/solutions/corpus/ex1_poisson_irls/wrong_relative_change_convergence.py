# verdict: wrong
# what: stops on the largest relative change |delta| / |beta_new| instead of the absolute change
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
        change = np.max(np.abs(beta_new - beta) / np.abs(beta_new))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))))
        if change < tol:
            break
    return beta, history
