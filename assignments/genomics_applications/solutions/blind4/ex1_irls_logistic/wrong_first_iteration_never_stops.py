# verdict: wrong
# what: the change is only measured between two iterations (history['beta'][-1] vs [-2]) once there are two, so iteration 1 can never stop the loop. Breaks "stop right after the first iteration where this change is < tol" when the first step is already below tol.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    history = {'beta': [np.zeros(X.shape[1])], 'deviance': []}
    for _ in range(max_iter):
        beta = history['beta'][-1]
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-eta))
        w = p_hat * (1.0 - p_hat)
        z_w = w * eta + (y - p_hat)               # W z, without dividing by w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ z_w)
        eta_new = X @ beta_new
        history['beta'].append(beta_new.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        # the start is not an iterate: compare two IRLS iterates
        if len(history['beta']) > 2:
            if np.max(np.abs(history['beta'][-1] - history['beta'][-2])) < tol:
                break
    return history['beta'][-1], history
