# verdict: wrong
# what: drops (coefficient fixed at 0) every column whose |correlation| with an earlier column exceeds 0.999; input: rng = default_rng(4), n = 300, x = rng.standard_normal(n), x2 = x + 0.03 rng.standard_normal(n), y = rng.random(n) < sigmoid(0.3 + x), X = [1, x, x2] (corr 0.99956, cond(X) 68, full rank): beta [0.26823, 0.96082, 0.0], deviance 356.5344 instead of [0.27559, -2.10001, 3.05750], 356.0348; breaks 'your function adds nothing and treats every column alike'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape

    # collinear genes make X^T W X nearly singular: keep only the first of any pair of
    # columns with |correlation| > 0.999; a dropped column keeps coefficient 0
    keep = np.ones(p, dtype=bool)
    sd = X.std(axis=0)
    for j in range(p):
        if sd[j] == 0 or not keep[j]:
            continue
        for k in range(j + 1, p):
            if keep[k] and sd[k] > 0 and abs(np.corrcoef(X[:, j], X[:, k])[0, 1]) > 0.999:
                keep[k] = False
    Xk = X[:, keep]

    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.zeros(p)
        beta_new[keep] = np.linalg.solve(Xk.T @ (w[:, None] * Xk), Xk.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
