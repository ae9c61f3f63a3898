# verdict: wrong
# what: divides each change by the size of the first step (at least 1) before comparing it with tol, a 'scale-free' tolerance; with coefficients of order 50 it stops one iteration early (c = default_rng(3).standard_normal(80), y = Bernoulli(sigmoid(0.3 + c)) from the same generator, X = [0.01 ones, c]: 5 iterations ending with a change of 1.56e-8 instead of 6; blind6's A with tol=1e-2: 4 instead of 5); breaks "the largest absolute change of a coefficient: not a norm, not a relative change"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    first_change = None
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        if first_change is None:
            # make the tolerance scale-free: measure each change against the size of the
            # first IRLS step (which sets the scale of the coefficients)
            first_change = max(change, 1.0)
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change / first_change < tol:
            break
    return beta, history
