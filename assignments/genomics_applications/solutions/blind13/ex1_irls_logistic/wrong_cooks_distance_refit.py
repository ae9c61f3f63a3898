# verdict: wrong
# what: after convergence, drops the cells with Cook's distance above 1 and continues iterating without them (DESeq2's outlier handling), the history running on: the visible data plus one cell at x1 = 12, x2 = 0 with y = 0 gives 11 iterations ending at the visible data's own fit [-0.81057922, 1.40859223, -2.13937226], last deviance 179.246662, instead of 6 iterations to [-0.73774401, 0.86806779, -1.88390621], deviance 204.549042; blind5's G gives [0.0725269, 2.87516883] after 10 instead of [0.0634989, 2.59424469] after 6; breaks "One iteration = one IRLS update ... stop right after the first iteration where this change is < tol" (the fit of y on X, all cells)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    keep = np.ones(n, dtype=bool)             # cells used in the fit
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    refitted = False

    for _ in range(max_iter):
        Xk, yk = X[keep], y[keep]
        eta = Xk @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = Xk.T @ (w[:, None] * Xk)
        beta_new = np.linalg.solve(XtWX, Xk.T @ (w * eta + (yk - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = Xk @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - yk * eta)))
        if change < tol:
            if refitted:
                break
            # as DESeq2 does: flag influential cells by Cook's distance and refit without them
            p_hat = np.exp(-np.logaddexp(0.0, -eta))
            w = p_hat * np.exp(-np.logaddexp(0.0, eta))
            h = w * np.einsum('ij,jk,ik->i', Xk, np.linalg.inv(Xk.T @ (w[:, None] * Xk)), Xk)
            cooks = (yk - p_hat) ** 2 / w * h / (p * (1.0 - h) ** 2)
            outliers = cooks > 1.0
            if not outliers.any():
                break
            idx = np.flatnonzero(keep)
            keep[idx[outliers]] = False
            refitted = True
    return beta, history
