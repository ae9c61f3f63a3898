# verdict: wrong
# what: the work vectors (p, 1 - p, w, y - p) are allocated with np.empty_like(y) after converting only integer y, so a float32 y makes them float32 and every weight and residual is rounded to 7 digits; input: the visible X (seed 2024) with y as float32: 7 iterations (last changes 1.2e-4, 2.2e-8, 3.5e-9) and beta [-0.81057923, 1.40859223, -2.13937225] instead of 6 iterations and [-0.81057922, 1.40859223, -2.13937226] (float64 and integer y are right); breaks 'y is an array of n zeros and ones (floats or integers)' with 'compute in float64' and 'Your function must return the same iterates'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if not np.issubdtype(y.dtype, np.floating):
        y = y.astype(np.float64)                  # integer labels -> float labels
    n, p = X.shape

    # work vectors allocated once and refilled in place every iteration (no garbage per step)
    p_hat = np.empty_like(y)
    q_hat = np.empty_like(y)
    w = np.empty_like(y)
    resid = np.empty_like(y)

    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        np.exp(-np.logaddexp(0.0, -eta), out=p_hat)      # sigma(eta)
        np.exp(-np.logaddexp(0.0, eta), out=q_hat)       # 1 - sigma(eta) = sigma(-eta)
        np.multiply(p_hat, q_hat, out=w)
        np.subtract(y, p_hat, out=resid)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + resid)
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
