# verdict: wrong
# what: fits on columns scaled to unit root-mean-square and measures the stopping change on the scaled coefficients (beta_k * rms_k), then maps back. The iterates are right, but the stop rule is not "the largest absolute change of a coefficient": a covariate in other units stops earlier or later.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    scale = np.sqrt(np.mean(X ** 2, axis=0))      # column sizes, for a well scaled system
    Xs = X / scale
    gamma = np.zeros(X.shape[1])                  # coefficients of the scaled columns
    history = {'beta': [gamma / scale], 'deviance': []}
    for _ in range(max_iter):
        eta = Xs @ gamma
        p_hat = 0.5 * (1.0 + np.tanh(0.5 * eta))
        w = p_hat * (1.0 - p_hat)
        gamma_new = gamma + np.linalg.solve(Xs.T @ (w[:, None] * Xs), Xs.T @ (y - p_hat))
        change = np.max(np.abs(gamma_new - gamma))
        gamma = gamma_new
        eta = Xs @ gamma
        history['beta'].append(gamma / scale)
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return history['beta'][-1], history
