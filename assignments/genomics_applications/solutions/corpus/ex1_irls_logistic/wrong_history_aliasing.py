# verdict: wrong
# what: updates beta in place (beta += step) and appends beta without .copy(), so every history['beta'] entry (including the "zeros") is the final vector
# feedback: copy|same array
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta], 'deviance': []}
    for iteration in range(max_iter):
        p_hat = 1 / (1 + np.exp(-(X @ beta)))
        w = p_hat * (1 - p_hat)
        step = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (y - p_hat))
        beta += step
        p_hat = 1 / (1 + np.exp(-(X @ beta)))
        history['beta'].append(beta)
        history['deviance'].append(-2 * np.sum(y * np.log(p_hat) + (1 - y) * np.log(1 - p_hat)))
        if np.max(np.abs(step)) < tol:
            break
    return beta, history
