# verdict: wrong
# what: rejects any tol outside (0, 1) with ValueError ('did you swap max_iter and tol?'), although nothing in the statement bounds tol: on the visible data (seed 2024), tol=10 raises instead of stopping after 1 iteration at beta [-0.4889571, 0.8588951, -1.3836769] (first change 1.384 < 10), and tol=1.0 raises instead of 2 iterations ending at [-0.7240894, 1.2600752, -1.9384841]; every tol below 1 gives the reference's fit; breaks "irls_logistic(X, y, max_iter=25, tol=1e-8) ... stop right after the first iteration where this change is < tol"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    if not 0 < tol < 1:
        raise ValueError(f"tol={tol!r} is not a small tolerance: did you swap max_iter and tol?")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    it = 0
    while it < max_iter:
        it += 1
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.abs(beta_new - beta).max()
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
