# verdict: wrong
# what: after the loop the fit is "verified" as in Section 5 with the notebook's classify_stationary_point(np.linalg.eigvalsh(X'WX)) and a RuntimeError is raised unless it says 'minimum'; that classifier treats eigenvalues below rtol = 1e-8 times the largest as zero, so any design whose X'WX has a condition number above 1e8 (a covariate in large units) is called "flat" and the correct fit is refused; blind7's L (x = default_rng(5).standard_normal(150), y = Bernoulli(sigmoid(0.4 + 1.2 x)), X = [1, 1e6 x], cond(X'WX) about 1e12) raises RuntimeError instead of returning [0.326453, 8.33691e-07] after 5 iterations (X = [1, 1e3 x] is right); breaks "Write irls_logistic(X, y, max_iter=25, tol=1e-8) returning the pair (beta, history)" for every X that is not perfectly separable
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0, with a Hessian check of the result."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    # Section 5: a zero gradient and a positive definite Hessian confirm the minimum
    eta = X @ beta
    w = np.exp(-np.logaddexp(0.0, -eta) - np.logaddexp(0.0, eta))
    verdict = classify_stationary_point(np.linalg.eigvalsh(X.T @ (w[:, None] * X)))
    if verdict != 'minimum':
        raise RuntimeError(f"IRLS did not end at a minimum of the negative log-likelihood: {verdict}")
    return beta, history
