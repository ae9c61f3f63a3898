# verdict: wrong
# what: the change of the first iteration is measured from beta = 0 (the seed notebook's start kept as beta_old) instead of from beta0, so a first step that is already below tol does not stop the loop; breaks "After each update compute the change max_k |beta_new_k - beta_old_k| (the first iteration's from beta(0) ...); stop right after the first iteration where it is < tol"
# feedback: first|iteration|beta\(0\)|beta0|start|stop|tol
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape

    eta = np.log(y + 0.1)
    beta0 = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta0.copy()], 'deviance': []}
    beta = beta0
    beta_old = np.zeros(p)

    for it in range(max_iter):
        mu = np.exp(eta)
        XtWX = X.T @ (mu[:, None] * X)
        XtWz = X.T @ (mu * eta + (y - mu))
        beta = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta - beta_old))
        beta_old = beta
        eta = X @ beta
        mu = np.exp(eta)
        pos = y > 0
        dev = 2.0 * (np.sum(y[pos] * np.log(y[pos] / mu[pos])) - np.sum(y - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
