# verdict: wrong
# what: zero counts are replaced in place by the smallest positive double to keep y log(y / mu) finite; np.asarray does not copy a float64 y, so the caller's y is changed; breaks "Your functions must not change their arguments"
# feedback: y|argument|chang|modif|mutat|in.place
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    y[y == 0] = np.finfo(float).tiny      # y log(y / mu) -> 0 instead of nan for zero counts

    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + (y - mu)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        dev = 2.0 * np.sum(y * np.log(y / mu) - (y - mu))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
