# verdict: wrong
# what: breaks before accepting the converging update, so it returns the previous iterate rather than the last coefficients in history (off by up to tol)
# feedback: previous|before the last
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        mu_new = 1 / (1 + np.exp(-(X @ beta_new)))
        history['beta'].append(beta_new.copy())
        history['deviance'].append(-2 * np.sum(y * np.log(mu_new) + (1 - y) * np.log(1 - mu_new)))
        if np.max(np.abs(beta_new - beta)) < tol:
            break
        beta = beta_new
    return beta, history
