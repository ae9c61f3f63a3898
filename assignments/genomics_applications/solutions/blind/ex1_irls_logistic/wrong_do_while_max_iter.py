# verdict: wrong
# what: a do-while loop that tests max_iter only after an update, so max_iter=0 still performs one IRLS iteration (history has 2 betas, 1 deviance) instead of returning the starting zeros
from scipy.special import expit

def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    n_iter = 0
    while True:
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        wz = w * eta + (y - p_hat)          # W z, with z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ wz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        n_iter += 1

        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol or n_iter >= max_iter:
            break
    return beta, history
