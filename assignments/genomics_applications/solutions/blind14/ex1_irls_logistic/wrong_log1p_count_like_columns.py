# verdict: wrong
# what: puts count-like columns (non-negative whole numbers, not constant) on the log1p scale before fitting, as one does with gene counts used as predictors; input: blind13's Pois, rng = default_rng(6), counts = rng.poisson(1.0, 300), y = rng.random(300) < sigmoid(-1 + 0.8 counts), X = [1, counts]: beta [-1.11194384, 1.66566166] and last deviance 367.374948 instead of [-1.00324458, 0.85867427] and 364.906762 (5 iterations both); breaks 'It already contains an intercept column if one is wanted: your function adds nothing and treats every column alike'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # expression counts as predictors: put count-like columns (non-negative whole numbers,
    # not constant) on the log scale first, as is usual for gene counts
    for j in range(X.shape[1]):
        col = X[:, j]
        if np.all(col >= 0) and np.all(col == np.round(col)) and np.ptp(col) > 0:
            X[:, j] = np.log1p(col)
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
