# verdict: wrong
# what: misreads 'the largest absolute change of a coefficient' as the change of the largest absolute coefficient, |max|beta_new| - max|beta_old||, so a step that moves a smaller coefficient more is not seen; rng = default_rng(254), b0 = rng.uniform(-3, 3), b1 = rng.uniform(-2, 2), x = rng.standard_normal(100), y = rng.random(100) < sigmoid(b0 + b1 x), X = [1, x], tol=1e-2: stops after 2 iterations with beta [-0.31473091, 0.30381501] (the intercept, the largest coefficient, moved 0.0085 while the slope moved 0.0157) instead of 3 iterations and [-0.31476502, 0.30390455]; breaks 'compute the change max_k |beta_new_k - beta_old_k| (the largest absolute change of a coefficient ...); stop right after the first iteration where this change is < tol'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        # "the largest absolute change of a coefficient": how much the largest coefficient moved
        change = abs(np.max(np.abs(beta_new)) - np.max(np.abs(beta)))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
