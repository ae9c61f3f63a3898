# verdict: wrong
# what: treats column 0 as an intercept and leaves it out of the convergence test (max change over beta[1:] only), so it can stop while the first coefficient still changes by more than tol, and crashes with a single column
from scipy.special import expit

def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        wz = w * eta + (y - p_hat)          # W z, with z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ wz)
        # the intercept just follows the slopes: judge convergence on the slopes
        change = np.max(np.abs(beta_new[1:] - beta[1:]))
        beta = beta_new

        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
