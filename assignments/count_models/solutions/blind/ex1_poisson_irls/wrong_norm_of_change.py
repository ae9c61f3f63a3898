# verdict: wrong
# what: the stopping test uses the Euclidean norm of the coefficient change instead of its largest absolute entry, so the loop can run an extra iteration; breaks "compute the change max_k |beta_new_k - beta_old_k| (... the largest absolute change: not a norm ...)"
# feedback: change|norm|max|stop|iteration
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + (y - mu)))
        change = np.linalg.norm(beta_new - beta)
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        dev = 2.0 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
