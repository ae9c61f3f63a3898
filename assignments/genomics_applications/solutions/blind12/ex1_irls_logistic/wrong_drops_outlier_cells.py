# verdict: wrong
# what: applies single-cell QC first and drops every cell more than 5 sd from the mean in some non-constant column, then fits and reports the deviance on the remaining cells only: the visible data (seed 2024) plus one cell at x1 = 6, x2 = 0 with y = 1 (z = 5.59, eta = 7.6 at the fit, an ordinary weight) give V's fit, 6 iterations to [-0.8105792, 1.4085922, -2.1393723] with deviance 179.246662, instead of 7 iterations to [-0.8105969, 1.4087533, -2.1394548] with deviance 179.247622; blind5's G gives [0.0725269, 2.8751688] and deviance 1895.816 (x = 20 dropped) instead of [0.0634989, 2.5942447] and 2005.207; breaks "Logistic regression ... y is an array of n zeros and ones" with the deviance D = -2 sum_j over all cells, and "Allowed data include cells far from the boundary"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # QC first, as for any single-cell analysis: drop cells more than 5 sd out in some covariate
    sd = X.std(axis=0)
    varying = sd > 0
    z = np.abs(X[:, varying] - X[:, varying].mean(axis=0)) / sd[varying]
    keep = np.all(z <= 5.0, axis=1)
    X, y = X[keep], y[keep]

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
