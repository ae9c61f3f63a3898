# verdict: wrong
# what: keeps the IRLS weights in float32 'to halve the memory', so X'WX and X'Wz use rounded weights; the fixed point is unchanged but every intermediate iterate is off by about 1e-9 relative (visible data, history['beta'][2] = [-0.724089418901, 1.260075182953, -1.938484060180] instead of [-0.724089419157, 1.260075182053, -1.938484061828]; largest relative error over the history 8.5e-10 where the instructor agrees with the reference to 1.6e-15; blind5's G: 3.2e-9); breaks "(float32 or float64: compute in float64)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        # the weights are only a preconditioner: keep them in float32 to halve the memory
        # of the n-vector (large single-cell data sets)
        w = (p * np.exp(-np.logaddexp(0.0, eta))).astype(np.float32)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
