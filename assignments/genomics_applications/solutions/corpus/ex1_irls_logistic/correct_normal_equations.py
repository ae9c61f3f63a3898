# verdict: correct
# what: weight vector w = p(1-p) computed as p / (1 + e^eta) and the working response folded into W z = w eta + (y - p); solves the weighted normal equations with np.linalg.solve
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
        w = mu / (1.0 + np.exp(eta))        # Bernoulli variance mu (1 - mu) = IRLS weight

        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - mu))   # W z for the working response z = eta + (y - mu) / w
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        # deviance at the NEW coefficients
        eta_new = X @ beta
        deviance = 2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)

        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)

        if change < tol:
            break

    return beta, history
