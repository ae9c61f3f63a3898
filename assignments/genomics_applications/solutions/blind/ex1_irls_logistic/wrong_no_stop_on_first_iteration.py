# verdict: wrong
# what: never tests convergence on the first iteration ("the first step from zero is always a big jump"), so with a large tol it runs a second iteration instead of stopping right after the first one whose change is < tol
from scipy.special import expit

def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for it in range(max_iter):
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        wz = w * eta + (y - p_hat)          # W z, with z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ wz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        # the step away from beta = 0 is never small, so only check from the second step on
        if it > 0 and change < tol:
            break
    return beta, history
