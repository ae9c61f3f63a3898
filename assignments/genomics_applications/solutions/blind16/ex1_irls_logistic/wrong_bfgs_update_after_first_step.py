# verdict: wrong
# what: to avoid forming X'WX (O(n p^2)) at every iteration, forms it once for the exact first IRLS step and then updates its inverse with BFGS from the steps and score changes (a quasi-Newton method, not IRLS); input: the visible data (seed 2024, 200 x 3) with max_iter=3: beta [-0.76124589, 1.32341789, -2.02756858] instead of [-0.80346665, 1.39618123, -2.1225845]; with the defaults 12 iterations instead of 6 (same optimum); breaks 'One iteration = one IRLS update' with beta <- (X'WX)^-1 X'Wz, w = p(1 - p) at the current coefficients
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    def grad(b):                                   # gradient of the negative log-likelihood
        e = X @ b
        return -(X.T @ (y * np.exp(-np.logaddexp(0.0, e)) - (1.0 - y) * np.exp(-np.logaddexp(0.0, -e))))

    # X^T W X costs O(n p^2): form it once, at the start (the exact first IRLS step),
    # then keep its inverse up to date with BFGS updates from the steps and score changes
    eta = X @ beta
    p_hat = np.exp(-np.logaddexp(0.0, -eta))
    w = p_hat * (1.0 - p_hat)
    H_inv = np.linalg.inv(X.T @ (w[:, None] * X))
    g = grad(beta)
    for _ in range(max_iter):
        beta_new = beta - H_inv @ g
        change = np.max(np.abs(beta_new - beta))
        g_new = grad(beta_new)
        s, v = beta_new - beta, g_new - g
        sv = s @ v
        if sv > 0:
            rho = 1.0 / sv
            I = np.eye(p)
            H_inv = (I - rho * np.outer(s, v)) @ H_inv @ (I - rho * np.outer(v, s)) + rho * np.outer(s, s)
        beta, g = beta_new, g_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
