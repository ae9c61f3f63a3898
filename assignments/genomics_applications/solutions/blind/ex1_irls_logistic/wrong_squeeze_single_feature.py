# verdict: wrong
# what: works with column vectors and np.squeeze()s them for history and the result, so with a single column (p = 1) beta and every history['beta'] entry are 0-d arrays instead of 1-D arrays of length 1
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    n, p = X.shape
    beta = np.zeros((p, 1))
    history = {'beta': [np.squeeze(beta).copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta                                  # (n, 1)
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)                       # (n, 1)
        beta_new = np.linalg.solve(X.T @ (w * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        eta = X @ beta
        history['beta'].append(np.squeeze(beta).copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return np.squeeze(beta), history
