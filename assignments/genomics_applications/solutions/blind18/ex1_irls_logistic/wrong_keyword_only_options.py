# verdict: wrong
# what: signature irls_logistic(X, y, *, max_iter=25, tol=1e-8) (keyword-only options, "so a call cannot mix them up"); irls_logistic(X, y, 3) on the visible data raises TypeError (takes 2 positional arguments) instead of 3 iterations to [-0.80346665, 1.39618123, -2.1225845]; every keyword call is right; breaks "Write irls_logistic(X, y, max_iter=25, tol=1e-8)" / "Keep the function names and signatures exactly as given"
def irls_logistic(X, y, *, max_iter=25, tol=1e-8):
    """Options are keyword-only so that a call cannot mix up max_iter and tol."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
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
