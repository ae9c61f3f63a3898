# verdict: wrong
# what: fits a fixed random subsample of 5000 cells when n > 5000 (for speed): rng = default_rng(21), x = rng.standard_normal(8000), y = rng.random(8000) < sigmoid(0.2 + 0.8 x), X = [1, x]: beta [0.16150916, 0.79872184] and last deviance 6248.0534 instead of [0.1736204, 0.82334695] and 9958.5239 (n <= 5000: identical); breaks "the binomial deviance ... D(beta) = -2 sum_j [...]" over all n cells and "X is an (n, p) float array" (every cell is data)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n = X.shape[0]
    if n > 5000:
        # single-cell data sets are large: a fixed random subsample of 5000 cells is plenty for p coefficients
        keep = np.sort(np.random.default_rng(0).choice(n, size=5000, replace=False))
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
