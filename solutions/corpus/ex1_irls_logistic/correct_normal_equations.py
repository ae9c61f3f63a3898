# verdict: correct
# what: weight vector w = p(1-p) and working response z; solves the weighted normal equations with np.linalg.solve
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Fit y ~ Bernoulli(sigmoid(X @ beta)) by IRLS, starting from beta = 0."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    for iteration in range(max_iter):
        eta = X @ beta
        mu = 1.0 / (1.0 + np.exp(-eta))
        w = mu * (1.0 - mu)                 # Bernoulli variance = IRLS weight
        z = eta + (y - mu) / w              # working response

        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * z)
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        # deviance at the NEW coefficients
        mu_new = 1.0 / (1.0 + np.exp(-(X @ beta)))
        deviance = -2.0 * np.sum(y * np.log(mu_new) + (1 - y) * np.log(1 - mu_new))

        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)

        if change < tol:
            break

    return beta, history
