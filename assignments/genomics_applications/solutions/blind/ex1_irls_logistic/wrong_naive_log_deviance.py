# verdict: wrong
# what: the deviance is computed literally as -2 sum(y log p + (1 - y) log(1 - p)) with p = 1/(1 + e^-eta); once some eta > ~37, p rounds to 1, 0 * log(0) gives nan and the recorded deviance is nan (or inf) instead of a finite number
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))        # sigmoid without overflow
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        p_new = 1.0 / (1.0 + np.exp(-(X @ beta)))
        dev = -2.0 * np.sum(y * np.log(p_new) + (1.0 - y) * np.log(1.0 - p_new))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
