# verdict: wrong
# what: memoises fits in a module-level dict keyed on the bytes and shape of X, max_iter and tol but not y, so a second call with the same X and different responses returns the first call's fit; breaks the function's contract of fitting y ~ Bernoulli(sigma(X beta)) for the y it is given
_IRLS_CACHE = {}


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history). Cached: refits are slow."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    key = (X.shape, X.tobytes(), max_iter, tol)
    if key in _IRLS_CACHE:
        beta, history = _IRLS_CACHE[key]
        return beta.copy(), {'beta': [b.copy() for b in history['beta']],
                             'deviance': list(history['deviance'])}
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
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
    _IRLS_CACHE[key] = (beta.copy(), {'beta': [b.copy() for b in history['beta']],
                                      'deviance': list(history['deviance'])})
    return beta, history
