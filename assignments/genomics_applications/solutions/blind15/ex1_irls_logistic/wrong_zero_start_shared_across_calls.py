# verdict: wrong
# what: one cached zero vector per p is the start of every fit and is stored without a copy as history['beta'][0], so a caller who changes a returned start changes later fits; input: b, h = irls_logistic(X, y, max_iter=0) on the visible data, b += 1, then irls_logistic(X, y): history['beta'][0] is [1, 1, 1] and history['beta'][1] [-1.3174, 0.2908, -2.8247] (7 iterations) instead of [0, 0, 0] and [-0.4890, 0.8589, -1.3837] (6 iterations); breaks 'Start from beta = 0' ('history['beta'][0] is the starting zero vector') and 'each must leave the session as it found it'
_ZERO_STARTS = {}     # one zero vector per number of columns, reused by every fit


def _zero_start(p):
    if p not in _ZERO_STARTS:
        _ZERO_STARTS[p] = np.zeros(p)
    return _ZERO_STARTS[p]


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = _zero_start(X.shape[1])
    # beta is rebound (never changed in place) by every update below, so the start needs no copy
    history = {'beta': [beta], 'deviance': []}

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
