# verdict: wrong
# what: signature irls_logistic(X, y, tol=1e-8, max_iter=25): the two optional parameters are swapped, so a positional call irls_logistic(X, y, 5, 1e-3) takes 5 as tol and 1e-3 as max_iter (keyword calls work)
from scipy.special import expit

def irls_logistic(X, y, tol=1e-8, max_iter=25):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    it = 0
    while it < max_iter:
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        wz = w * eta + (y - p_hat)          # W z, with z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ wz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        it += 1

        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
