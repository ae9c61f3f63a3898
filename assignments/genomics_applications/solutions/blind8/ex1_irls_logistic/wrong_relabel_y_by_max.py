# verdict: wrong
# what: "normalises" the labels with y = (y == y.max()), which is the identity when both classes occur but turns an all-zero y into all ones; X = [[1], [-2], [0.5], [-0.3]], y = [0, 0, 0, 0] (not separable: no beta makes every x beta < 0): beta -0.3071 instead of 0.3071 (the fit of the flipped labels); breaks "y is an array of n zeros and ones" (y must be used as given)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    # make sure the labels are 0/1 floats whatever coding came in (0/1, 1/2, False/True ...)
    y = (y == y.max()).astype(float)
    n_features = X.shape[1]
    beta = np.zeros(n_features)
    history = {'beta': [beta.copy()], 'deviance': []}

    it = 0
    while it < max_iter:
        it += 1
        eta = X @ beta
        prob = np.exp(-np.logaddexp(0.0, -eta))
        one_minus = np.exp(-np.logaddexp(0.0, eta))
        w = prob * one_minus
        XtWX = X.T @ (X * w[:, None])
        XtWz = X.T @ (w * eta + y - prob)
        new = np.linalg.solve(XtWX, XtWz)
        delta = np.max(np.abs(new - beta))
        beta = new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if delta < tol:
            break
    return beta, history
