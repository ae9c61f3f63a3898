# verdict: wrong
# what: builds the n x n weight matrix W = np.diag(w) and forms X^T W X and X^T W z with it, which needs n^2 floats (298 GiB for 200,000 cells) and fails with MemoryError on a large but allowed data set; breaks the hint "use weight vectors, not np.diag(w): X^T W X is X.T @ (w[:, None] * X)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))            # sigma(eta)
        w = p * np.exp(-np.logaddexp(0.0, eta))         # p (1 - p)
        W = np.diag(w)                                  # the W of the formula
        Wz = w * eta + (y - p)                          # W z without dividing by w
        beta_new = np.linalg.solve(X.T @ W @ X, X.T @ Wz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
