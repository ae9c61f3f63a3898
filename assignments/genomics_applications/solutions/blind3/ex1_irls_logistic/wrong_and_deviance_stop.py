# verdict: wrong
# what: stops only when the largest coefficient change is < tol AND the deviance changed by less than tol, so with a loose tol it keeps iterating after the first iteration whose coefficient change is already below tol (the deviance still moves by more than tol); breaks "(... not a change of the deviance); stop right after the first iteration where this change is < tol"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    def deviance(b):
        eta = X @ b
        return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    dev_old = deviance(beta)
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        dev = deviance(beta)
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        # both the coefficients and the fit must have settled
        if change < tol and abs(dev - dev_old) < tol:
            break
        dev_old = dev
    return beta, history
