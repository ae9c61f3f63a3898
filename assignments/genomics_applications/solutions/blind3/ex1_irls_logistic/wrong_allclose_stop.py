# verdict: wrong
# what: convergence tested with np.allclose(beta_new, beta, atol=tol), which silently adds the default rtol=1e-5 * |beta|, so it stops while the largest absolute change is still >= tol when coefficients are large; breaks "the largest absolute change of a coefficient: not a norm, not a relative change ... stop right after the first iteration where this change is < tol"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [np.zeros(p)], 'deviance': []}
    it = 0
    while it < max_iter:
        eta = X @ beta
        prob = np.exp(-np.logaddexp(0.0, -eta))
        w = prob * (1.0 - prob)
        H = X.T @ (w[:, None] * X)
        rhs = X.T @ (w * eta + y - prob)
        beta_new = np.linalg.solve(H, rhs)
        converged = np.allclose(beta_new, beta, atol=tol)
        beta = beta_new
        history['beta'].append(beta.copy())
        eta = X @ beta
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        it += 1
        if converged:
            break
    return beta, history
