# verdict: wrong
# what: (crashes in the grader's KeyError) history uses keys 'betas' and 'deviances' instead of 'beta' and 'deviance'; the fit itself is right
# feedback: key
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'betas': [beta.copy()], 'deviances': []}
    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        w = mu * (1 - mu)
        z = eta + (y - mu) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        mu = 1 / (1 + np.exp(-(X @ beta)))
        history['betas'].append(beta.copy())
        history['deviances'].append(-2 * np.sum(y * np.log(mu) + (1 - y) * np.log(1 - mu)))
        if change < tol:
            break
    return beta, history
