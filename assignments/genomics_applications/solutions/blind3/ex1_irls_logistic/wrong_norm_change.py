# verdict: wrong
# what: the stopping change is the Euclidean norm ||beta_new - beta||_2 instead of the largest absolute coefficient change, so it keeps iterating when max|change| < tol <= ||change||; breaks "max_k |beta_new_k - beta_old_k| (the largest absolute change of a coefficient: not a norm ...)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        step = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (y - p_hat))   # Newton form
        beta_new = beta + step
        change = np.linalg.norm(beta_new - beta)
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
