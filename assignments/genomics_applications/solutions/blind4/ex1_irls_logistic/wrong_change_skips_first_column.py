# verdict: wrong
# what: the stopping change ignores column 0 (taken to be the intercept): max |beta_new[1:] - beta_old[1:]|. Breaks "treats every column alike (there may be no column of ones)" and "the largest absolute change of a coefficient"; with one column it raises.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        prob = np.exp(-np.logaddexp(0.0, -eta))
        w = prob * (1.0 - prob)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + y - prob))
        # the intercept only shifts the baseline: judge convergence on the slopes
        change = np.max(np.abs(beta_new[1:] - beta[1:]))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
