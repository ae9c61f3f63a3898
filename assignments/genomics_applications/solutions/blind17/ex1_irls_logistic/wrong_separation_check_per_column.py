# verdict: wrong
# what: a separation check before fitting raises ValueError when one column of X on its own splits the classes at some threshold (every y = 1 cell above every y = 0 cell, or below); that only means separation when X also has an intercept, and the statement allows designs without one; x = default_rng(3).standard_normal(100), y = (x > 0.8), X = x[:, None] (not separable by X: beta x > 0 for every positive x) raises instead of returning beta [1.44263015] after 6 iterations, deviance 105.820756 (the reference's fit); breaks "It already contains an intercept column if one is wanted: your function adds nothing and treats every column alike (there may be no column of ones)" and "You may assume the two classes are not perfectly separable by X"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0, refusing separated data."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    ones, zeros = y == 1, y == 0
    for j in range(X.shape[1]):
        col = X[:, j]
        if np.ptp(col) > 0 and (col[ones].min() > col[zeros].max() or col[ones].max() < col[zeros].min()):
            raise ValueError(f"column {j} separates the two classes perfectly: the MLE does not exist")
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
