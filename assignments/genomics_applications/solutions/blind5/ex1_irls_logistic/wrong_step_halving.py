# verdict: wrong
# what: step halving "as in R's glm.fit": when the new deviance is larger than the old one, the step is halved (up to 20 times) before it is accepted, so an iteration is not one IRLS update; breaks "One iteration = one IRLS update".
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    def deviance(b):
        eta = X @ b
        return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))

    dev_old = deviance(beta)
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        dev_new = deviance(beta_new)
        halvings = 0
        while dev_new > dev_old and halvings < 20:     # the step went too far: halve it
            beta_new = 0.5 * (beta + beta_new)
            dev_new = deviance(beta_new)
            halvings += 1
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        dev_old = dev_new
        history['beta'].append(beta.copy())
        history['deviance'].append(dev_new)
        if change < tol:
            break
    return beta, history
