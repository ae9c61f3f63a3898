# verdict: wrong
# what: logs floating-point events with np.seterrcall(_record) (the modes set inside np.errstate, which restores them) and leaves the callback installed; input: any call, e.g. the visible data: the fit is right, but afterwards np.geterrcall() is the file's _record instead of None, so the caller's later 'with np.errstate(over="call"): np.exp(np.float64(1000.0))' is silently logged into the file's list instead of raising NameError ('python callback specified ... but no function found'); breaks the format rules' 'each must leave the session as it found it' (numpy's floating-point error handling)
FLOATING_POINT_EVENTS = []


def _record(kind, flag):
    FLOATING_POINT_EVENTS.append(kind)


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # keep a log of every overflow/underflow met during the fit
    np.seterrcall(_record)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    with np.errstate(over='call', under='call'):
        for _ in range(max_iter):
            eta = X @ beta
            p_hat = np.exp(-np.logaddexp(0.0, -eta))
            w = p_hat * (1.0 - p_hat)
            beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
            change = np.max(np.abs(beta_new - beta))
            beta = beta_new
            eta = X @ beta
            history['beta'].append(beta.copy())
            history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
            if change < tol:
                break
    return beta, history
