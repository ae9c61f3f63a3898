# verdict: wrong
# what: validates max_iter with isinstance(max_iter, int), which refuses numpy integers (visible data, max_iter=np.int64(3): TypeError instead of 3 iterations and beta [-0.803467, 1.396181, -2.122585]; a Python int 3 is right); breaks the format rules' "a parameter the statement calls a number, an int or a flag may receive a numpy scalar (..., np.int64(3), ...) as well as a Python one, and must give the same answer"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    if not isinstance(max_iter, int) or isinstance(max_iter, bool) or max_iter < 0:
        raise TypeError(f"max_iter must be a non-negative int, got {max_iter!r}")
    if not tol > 0:
        raise ValueError("tol must be positive")
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        log_p = -np.logaddexp(0.0, -eta)
        log_q = -np.logaddexp(0.0, eta)
        p = np.exp(log_p)
        w = np.exp(log_p + log_q)
        step = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (y - p))   # Newton form
        beta_new = beta + step
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
