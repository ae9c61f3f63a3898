# verdict: wrong
# what: drops duplicated cells (identical rows of [X, y], np.unique(axis=0)) before fitting, so repeated cells lose their weight in the likelihood; X = [1, treated] with 25 controls then 25 treated cells, y = 10 ones and 15 zeros among the controls, 18 ones and 7 zeros among the treated: only 4 distinct rows remain, 1 iteration, beta [0, 0], deviance 5.5452 instead of 5 iterations, beta [-0.40546511, 1.34992672], deviance 63.298249 (data without repeated rows, like the visible ones, are right); breaks 'X is an (n, p) float array ... y is an array of n zeros and ones' (every cell is one observation of the model) and 'history['deviance'] ... the binomial deviance D = -2 sum_j [...]' over all n cells
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # drop duplicated cells (identical covariates and label) before fitting
    _, keep = np.unique(np.column_stack([X, y]), axis=0, return_index=True)
    keep = np.sort(keep)
    X, y = X[keep], y[keep]
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
