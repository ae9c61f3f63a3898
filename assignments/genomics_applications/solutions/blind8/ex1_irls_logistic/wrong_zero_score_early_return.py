# verdict: wrong
# what: returns the start without iterating when the score X^T (y - 1/2) at beta = 0 is already below tol ("already at the optimum"); X = ones((4, 1)), y = [0, 1, 0, 1]: history['beta'] = [0], deviance [] (0 iterations) instead of [0, 0] and [5.545] (one iteration, whose change 0 is < tol); breaks "stop right after the first iteration where this change is < tol" (only max_iter=0 runs no iteration)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p_dim = X.shape[1]
    beta = np.zeros(p_dim)
    history = {'beta': [beta.copy()], 'deviance': []}

    # nothing to do if the gradient X^T (y - p) already vanishes at the start (p = 1/2)
    if np.max(np.abs(X.T @ (y - 0.5))) < tol:
        return beta, history

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        one_minus_p = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * one_minus_p
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
