# verdict: wrong
# what: raises RuntimeError ('IRLS diverged') when a coefficient changes by more than 1e5 in one iteration: X = [1, 1e-6 c] with blind6's A data (rng = default_rng(8), c = rng.standard_normal(60), y = rng.random(60) < sigmoid(0.3 + c)), a covariate in small units: RuntimeError at iteration 1 (change 7.79e5) instead of 6 iterations and beta [0.432859628, 961109.660]; breaks "treats every column alike" / "stop ... after max_iter iterations" (X is any non-separable float array; its units are free)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for it in range(1, max_iter + 1):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        if change > 1e5:
            # coefficients running off to infinity: the classes are (nearly) separable
            raise RuntimeError(f"IRLS diverged at iteration {it}: coefficient change {change:.3g}")
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
