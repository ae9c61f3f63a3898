# verdict: wrong
# what: adds a tiny ridge 1e-10 * I to X^T W X "so the solve never fails", which turns the fixed point into a ridge-penalised fit; breaks "beta <- (X^T W X)^{-1} X^T W z" (one IRLS update) and the maximum-likelihood fit it converges to.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    ridge = 1e-10 * np.eye(p)          # safeguard against a singular X^T W X

    for it in range(max_iter):
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-np.clip(eta, -700, 700)))
        q_hat = 1.0 / (1.0 + np.exp(np.clip(eta, -700, 700)))     # 1 - p_hat = sigmoid(-eta)
        w = p_hat * q_hat
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX + ridge, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta_new = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
