# verdict: wrong
# what: writes the iterations as a recursive function (one call per IRLS update), so more than about 990 iterations exceed Python's recursion limit; the visible X as float32 (seed 2024, 200 x 3) with max_iter=1500, tol=1e-300 (the change never reaches exactly 0 there): RecursionError instead of 1500 iterations ending at beta [-0.81057922, 1.40859223, -2.13937224] (reference and instructor); every run of fewer than about 990 iterations is right; breaks 'stop right after the first iteration where this change is < tol, or after max_iter iterations, whichever comes first'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    history = {'beta': [np.zeros(X.shape[1])], 'deviance': []}

    def iterate(beta, remaining):
        if remaining == 0:
            return beta
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        eta_new = X @ beta_new
        history['beta'].append(beta_new.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if np.max(np.abs(beta_new - beta)) < tol:
            return beta_new
        return iterate(beta_new, remaining - 1)

    beta = iterate(history['beta'][0].copy(), max_iter)
    return beta, history
