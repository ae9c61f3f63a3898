# verdict: wrong
# what: the statement's z = eta + (y - p)/w taken literally with p = 1/(1 + e^-eta) and w = p (1 - p): where |eta| passes ~37, p rounds to 0 or 1, w is 0 and the update is NaN; breaks "one iteration = one IRLS update" on allowed data with cells far from the boundary
# feedback: NaN or inf|divid|w = p \(1 - p\)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = 1.0 / (1.0 + np.exp(-eta))
        w = p * (1.0 - p)
        z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
