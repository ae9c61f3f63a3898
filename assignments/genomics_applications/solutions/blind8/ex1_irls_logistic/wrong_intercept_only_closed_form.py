# verdict: wrong
# what: special-cases an intercept-only model (a single constant column) with the closed-form MLE logit(mean y) recorded as one iteration, instead of running the IRLS updates; X = ones((10, 1)), y = 3 ones and 7 zeros: history['beta'] = [0, -0.8473] (1 iteration) instead of [0, -0.8, -0.84687, -0.84730, ...] (5 iterations); breaks "One iteration = one IRLS update" and the history it defines
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    def deviance(b):
        eta = X @ b
        return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))

    if max_iter == 0:
        return beta, history

    # shortcut: with only a constant column the MLE is known in closed form,
    # p_hat = mean(y) for every cell, so there is nothing to iterate
    if p == 1 and np.all(X[:, 0] == X[0, 0]):
        ybar = y.mean()
        beta = np.array([np.log(ybar / (1.0 - ybar)) / X[0, 0]])
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        return beta, history

    for _ in range(max_iter):
        eta = X @ beta
        log_p = -np.logaddexp(0.0, -eta)
        log_q = -np.logaddexp(0.0, eta)
        p_hat = np.exp(log_p)
        w = np.exp(log_p + log_q)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        if change < tol:
            break

    return beta, history
