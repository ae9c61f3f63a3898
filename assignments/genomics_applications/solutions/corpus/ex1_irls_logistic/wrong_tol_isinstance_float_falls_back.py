# verdict: wrong
# what: tol is checked with isinstance(tol, float) and anything else falls back to the default 1e-8, so a numpy float32 tol (not a subclass of float) is ignored; the visible data V with tol = np.float32(1e-2): 6 iterations (tol taken as 1e-8) instead of 5, the same as tol = 1e-2 (breaks the format rule 'a parameter the statement calls a number ... may receive a numpy scalar ... and must give the same answer')
# feedback: when tol is a numpy float32
# The student guards against tol=0 passed as an int or tol=None by falling back to the
# documented default for anything that is not a float.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    if not isinstance(tol, float):          # e.g. tol=None or an int: use the documented default
        tol = 1e-8
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
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
    return beta, history
