# verdict: wrong
# what: clips the fitted probabilities to [1e-6, 1 - 1e-6] before forming the weights and working response (a "safeguard" against w = 0); once some |eta| > ~13.8 the iteration converges to a different point that no longer solves the score equations
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    eps = 1e-6                       # keep p away from 0 and 1 so w > 0 and z stays finite

    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.clip(1.0 / (1.0 + np.exp(-eta)), eps, 1.0 - eps)
        w = p_hat * (1.0 - p_hat)
        z = eta + (y - p_hat) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta_new = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
