# verdict: wrong
# what: raises ValueError when np.linalg.cond(X) > 1e6, the lesson's "individual coefficients are numerically meaningless" threshold: blind7's L with the covariate in 1e7 units (rng = default_rng(5), x = rng.standard_normal(150), y = rng.random(150) < sigmoid(0.4 + 1.2 x), X = [1, 1e7 x], cond 9.23e6) gives ValueError instead of 5 iterations to beta [0.326453434, 8.33690736e-08], deviance 188.173754 (max_iter=1: [0.280268815, 7.3251198e-08]); breaks "Write irls_logistic(X, y, max_iter=25, tol=1e-8) returning the pair (beta, history)" for any X whose classes are not perfectly separable ("You may assume the two classes are not perfectly separable by X", the only assumption on X)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # Section 3: above kappa = 1e6 "individual coefficients are numerically meaningless"
    kappa = np.linalg.cond(X)
    if kappa > 1e6:
        raise ValueError(f"design is ill conditioned (condition number {kappa:.2e}); "
                         "rescale or remove collinear covariates")
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
