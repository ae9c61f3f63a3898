# verdict: wrong
# what: a "perfect separation" guard stops the loop (with a warning) as soon as some fitted |eta| exceeds 30, before the coefficient change is below tol; breaks "Allowed data include cells far from the boundary: some |eta_j| may pass 40 during the iterations ... Your function must return the same iterates" and the stopping rule (change < tol or max_iter).
import warnings


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
        if np.max(np.abs(eta)) > 30:          # probabilities of 0 or 1: the data look separated
            warnings.warn("fitted probabilities numerically 0 or 1: possible separation, stopping")
            break
    return beta, history
