# verdict: wrong
# what: the deviance is computed from p_hat clipped to [1e-15, 1 - 1e-15] (a common "avoid log(0)" guard) instead of the hint's logaddexp form; breaks "Your function must return the same iterates and finite deviances there ... the deviance as in the hint" for cells with |eta| above about 35.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    eps = 1e-15

    def sigmoid(t):
        return np.exp(-np.logaddexp(0.0, -t))

    k = 0
    while k < max_iter:
        eta = X @ beta
        p_hat = sigmoid(eta)
        w = p_hat * sigmoid(-eta)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        k += 1
        p_new = np.clip(sigmoid(X @ beta), eps, 1.0 - eps)      # keep log() finite
        dev = -2.0 * np.sum(y * np.log(p_new) + (1.0 - y) * np.log(1.0 - p_new))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
