# verdict: wrong
# what: the deviance as -2 sum(y log p + (1 - y) log(1 - p)) from a rounded p: a cell at eta > ~37 has p == 1.0, so (1 - y) log(1 - p) is 0 * -inf = NaN; breaks "the binomial deviance at that iteration's new coefficients (a float)" on allowed data with cells far from the boundary
# feedback: deviance
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        p = 1.0 / (1.0 + np.exp(-(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(-2.0 * np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))))
        if change < tol:
            break
    return beta, history
