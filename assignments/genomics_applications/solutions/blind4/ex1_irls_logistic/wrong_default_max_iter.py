# verdict: wrong
# what: default max_iter=10 ("IRLS converges in a handful of iterations") instead of the signature's 25; with the default, data whose MLE is large stop unconverged after 10 iterations.
def irls_logistic(X, y, max_iter=10, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    betas, devs = [beta.copy()], []
    for _ in range(max_iter):
        eta = X @ beta
        mu = np.exp(-np.logaddexp(0.0, -eta))
        w = mu * (1.0 - mu)
        XtWX = X.T @ (w[:, None] * X)
        new = np.linalg.solve(XtWX, XtWX @ beta + X.T @ (y - mu))
        change = np.abs(new - beta).max()
        beta = new
        eta = X @ beta
        betas.append(beta.copy())
        devs.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, {'beta': betas, 'deviance': devs}
