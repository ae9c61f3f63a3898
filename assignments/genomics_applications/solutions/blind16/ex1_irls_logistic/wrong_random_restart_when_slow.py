# verdict: wrong
# what: if IRLS has not converged after 10 iterations it 'restarts once from a random point' drawn from an unseeded np.random.default_rng(), as for a non-convex fit; input: blind6's 42 overlapping points (x = r_[linspace(-1, -0.03, 20), -0.015, 0.015, linspace(0.03, 1, 20)], y = r_[zeros(20), 1, 0, ones(20)], X = [1, x]): 23 iterations whose 10th iterate differs between two calls (e.g. [0.1046, 0.1101], then [0.0444, 0.0311]) instead of 13 iterations with history['beta'][10] = [0, 42.1187] (blind6's S: 20 instead of 10); breaks 'Start from beta = 0', 'One iteration = one IRLS update' and the lesson's 'same data, same answer'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    restarted = False
    for it in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        # IRLS normally converges in a handful of iterations; if it is still moving
        # after 10, it is probably stuck, so restart once from a random point
        if it == 9 and not restarted:
            restarted = True
            beta_new = np.random.default_rng().normal(scale=0.1, size=p)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
