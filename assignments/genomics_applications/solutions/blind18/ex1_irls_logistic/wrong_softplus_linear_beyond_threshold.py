# verdict: wrong
# what: the deviance uses a softplus that is linear beyond 10 (torch.nn.Softplus's threshold trick, log(1 + e^t) taken as t for t > 10), so each cell with eta > 10 loses log1p(e^-eta); x = default_rng(4).standard_normal(200), y ~ Bernoulli(sigmoid(1 + 6x)), X = [1, x] (max |eta| 13.7): the deviances from iteration 4 on are 107.76364319, ..., 107.61205171 instead of 107.76378457, ..., 107.61231823 (the iterates are right); breaks "history['deviance']: ... the binomial deviance at that iteration's new coefficients, D(beta) = -2 sum[y log p + (1 - y) log(1 - p)]" (on data with |eta| past 40 the whole history of deviances is off)
def _softplus(t):
    """log(1 + e^t), linear beyond a threshold like torch.nn.Softplus (threshold=10) to avoid overflow."""
    t = np.asarray(t, dtype=float)
    return np.where(t > 10.0, t, np.log1p(np.exp(np.minimum(t, 10.0))))


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        one_minus = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * one_minus
        A = X.T @ (w[:, None] * X)
        b = X.T @ (w * eta + (y - p_hat))
        new = np.linalg.solve(A, b)
        change = np.max(np.abs(new - beta))
        beta = new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(_softplus(eta) - y * eta)))
        if change < tol:
            break
    return beta, history
