# verdict: wrong
# what: the history dict lives at module level and is cleared and refilled by every call, so a second call rewrites the history a first call returned; breaks "returning the pair (beta, history) ... history['beta']: beta(0), then, after every iteration, the new coefficient vector" (of that call)
# feedback: history|call
_history = {'beta': [], 'deviance': []}


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    _history['beta'].clear()
    _history['deviance'].clear()

    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    _history['beta'].append(beta.copy())
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + (y - mu)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        dev = 2.0 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))
        _history['beta'].append(beta.copy())
        _history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, _history
