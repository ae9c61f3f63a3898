# verdict: wrong
# what: the stopping change is the root-mean-square change of the linear predictor, sqrt(mean_j (x_j'(beta_new - beta_old))^2), not the largest coefficient change; x = 1000 * default_rng(5).standard_normal(300), X = [1, x], y = (default_rng(6).uniform(size=300) < sigmoid(0.3 + 0.0015 x)): with tol = 1e-6, 6 iterations instead of 5; with tol = 1e-3, 5 iterations (beta [0.0758529126, 0.0016268091]) instead of 4 (beta [0.0758522907, 0.0016268042]) (breaks 'compute the change max_k |beta_new_k - beta_old_k| (the largest absolute change of a coefficient: not a norm, not a relative change...)')
# The student reasons that what matters for the fit is the fitted linear predictor, so
# convergence is judged on the typical change of eta = X beta, which does not depend on the units of X.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        q_hat = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.sqrt(np.mean((X @ (beta_new - beta)) ** 2))   # typical change of the linear predictor
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
