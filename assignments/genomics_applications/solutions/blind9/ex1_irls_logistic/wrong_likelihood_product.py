# verdict: wrong
# what: the deviance is -2 log of the likelihood written as a product over cells of p^y (1 - p)^(1 - y); the product underflows to 0 once D passes about 1490, i.e. for a couple of thousand cells (n = 1500, x = default_rng(12).standard_normal(1500), y = Bernoulli(sigmoid(0.2 + 0.8 x)) from the same generator, X = [1, x]: every history['deviance'] entry is inf instead of [1843.8485, 1839.2623, 1839.2493, 1839.2493, 1839.2493]; the iterates are right, and n = 200 (visible) is fine); breaks "append the binomial deviance ... D(beta) = -2 sum_j [...] (a float)" and "Your function must return the same iterates and finite deviances"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    def probabilities(eta):
        # p = sigmoid(eta) and 1 - p = sigmoid(-eta), both without overflow
        p1 = np.exp(-np.logaddexp(0.0, -eta))
        p0 = np.exp(-np.logaddexp(0.0, eta))
        return p1, p0

    for _ in range(max_iter):
        eta = X @ beta
        p1, p0 = probabilities(eta)
        w = p1 * p0
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p1))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        history['beta'].append(beta.copy())

        # deviance = -2 log L, with L the likelihood of the data: the product over cells
        # of p^y (1 - p)^(1 - y)
        p1, p0 = probabilities(X @ beta)
        likelihood = np.prod(np.where(y == 1, p1, p0))
        history['deviance'].append(float(-2.0 * np.log(likelihood)))
        if change < tol:
            break
    return beta, history
