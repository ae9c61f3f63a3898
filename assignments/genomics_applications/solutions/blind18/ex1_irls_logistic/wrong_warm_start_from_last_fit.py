# verdict: wrong
# what: warm start: the last solution of a problem with the same shape, max_iter and tol is the starting vector ("the loss is convex, so the start cannot change the answer"); after a fit on the visible data V, a second 200 x 3 data set (default_rng(7), the same model) gives history['beta'][0] = [-0.81057922, 1.40859223, -2.13937226] and 5 iterations instead of the zero vector and 6 iterations (the final beta [-0.62951347, 0.83427306, -2.16186698] is right); from a start far from the new optimum the first solve can even fail (LinAlgError, singular X'WX); breaks "Start from beta = 0 (a vector of p zeros)" and "history['beta'][0] is the starting zero vector"
# The loss is convex (Section 1), so the start cannot change the answer: reuse the last solution
# of a problem with the same shape and settings as the start, which saves iterations in loops.
_WARM = {}


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    key = (X.shape, int(max_iter), float(tol))
    beta = _WARM.get(key, np.zeros(X.shape[1])).copy()
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        q_hat = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    _WARM[key] = beta.copy()
    return beta, history
