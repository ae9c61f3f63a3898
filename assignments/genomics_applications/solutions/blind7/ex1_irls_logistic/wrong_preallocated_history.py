# verdict: wrong
# what: preallocates the whole coefficient history as np.zeros((max_iter + 1, p)) before iterating, so a large max_iter (e.g. 10**10, a loose "until converged") raises MemoryError although IRLS converges in a few iterations; breaks "stop ... after the first iteration where this change is < tol, or after max_iter iterations, whichever comes first"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    B = np.zeros((max_iter + 1, p))           # row k = coefficients after iteration k
    deviances = []
    k = 0
    while k < max_iter:
        eta = X @ B[k]
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        B[k + 1] = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        k += 1
        eta = X @ B[k]
        deviances.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if np.max(np.abs(B[k] - B[k - 1])) < tol:
            break
    history = {'beta': [B[i].copy() for i in range(k + 1)], 'deviance': deviances}
    return B[k].copy(), history
