# verdict: wrong
# what: a while loop 'while change >= tol and n_iter < max_iter' whose change starts at the sentinel 1.0, so a tol above 1 runs no iteration at all; input: the visible data with tol = 10 (or 1.5): history (['zeros'], []) and beta = 0 instead of 1 iteration to [-0.488957079, 0.858895082, -1.383676882] with deviance 188.557268 (tol = 1 and every tol below 1 are right); breaks 'stop right after the first iteration where this change is < tol, or after max_iter iterations, whichever comes first' (only max_iter = 0 runs no iteration)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    change = 1.0          # "not converged yet"
    n_iter = 0
    while change >= tol and n_iter < max_iter:
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        n_iter += 1
    return beta, history
