# verdict: wrong
# what: y is cast to X's dtype ("so the arrays match"), so a float32 X makes the whole fit run in float32; breaks "`X` is an `(n, p)` float array (float32 or float64: compute in float64)"
# feedback: float64|float32|dtype|precision
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X)
    if not np.issubdtype(X.dtype, np.floating):
        X = X.astype(float)
    y = np.asarray(y, dtype=X.dtype)          # same dtype as the design, no mixed arithmetic

    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        mu = np.exp(eta)
        XtWX = X.T @ (mu[:, None] * X)
        XtWz = X.T @ (mu * eta + (y - mu))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
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
