# verdict: wrong
# what: the deviance is recorded at the top of each pass for the current coefficients (skipping the start) and once more after the loop for the final ones, which is right whenever an iteration runs but gives max_iter=0 a deviance (that of beta = 0, 2 n log 2) where there must be none; breaks "`max_iter=0` runs no iteration: `beta` is the start, `history['deviance']` is empty" and "len(history['deviance']) == len(history['beta']) - 1"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    def deviance(eta):
        return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    change = np.inf
    it = 0
    while it < max_iter and change >= tol:
        eta = X @ beta
        if it > 0:
            history['deviance'].append(deviance(eta))      # deviance of the previous iteration's result
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        history['beta'].append(beta.copy())
        it += 1
    history['deviance'].append(deviance(X @ beta))          # deviance of the final coefficients
    return beta, history
