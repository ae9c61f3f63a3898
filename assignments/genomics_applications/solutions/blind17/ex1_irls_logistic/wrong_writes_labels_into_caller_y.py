# verdict: wrong
# what: the labels are "snapped" to exact 0/1 in place (y = np.asarray(y, dtype=float); y[y > 0.5] = 1.0; y[y <= 0.5] = 0.0), which writes into the caller's own array whenever y is already float64 (np.asarray makes no copy) and fails when that array is read-only; V's y as a read-only float64 array (y.setflags(write=False)) raises ValueError ('assignment destination is read-only') instead of the 6-iteration fit [-0.81057922, 1.40859223, -2.13937226] (integer or float32 y are copied first and work); breaks "`y` is an array of `n` zeros and ones (floats or integers)" (a read-only float array is one) and the format rules' "each must leave the session as it found it" (the caller's y is written to)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    y[y > 0.5] = 1.0                   # make sure the labels are exactly 0 and 1
    y[y <= 0.5] = 0.0
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        q = np.exp(-np.logaddexp(0.0, eta))
        w = p * q
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
