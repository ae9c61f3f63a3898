# verdict: wrong
# what: when the default budget of 25 iterations runs out without convergence, the loop goes on to 100 ("like DESeq2, give hard genes more iterations"); x = r_[linspace(-1, -0.03, 20), -1e-9, 1e-9, linspace(0.03, 1, 20)], y = r_[zeros(20), 1, 0, ones(20)], X = [1, x] with the default max_iter: 100 iterations (101 history entries, slope 596.995) instead of 25 (slope 592.937, last change 13.86); breaks "stop ... after max_iter iterations, whichever comes first"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    limit = max_iter
    k = 0
    converged = False
    while k < limit:
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        k += 1
        if change < tol:
            converged = True
            break
        # like DESeq2's fall-back: if the default budget was not enough, give hard genes more iterations
        if k == limit and not converged and max_iter == 25 and limit < 100:
            limit = 100
    return beta, history
