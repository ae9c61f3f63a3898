# verdict: wrong
# what: np.seterr(over, under, invalid = 'ignore') around the fit, but the finally clause puts back only 'over'; after one call on the visible data np.geterr()['invalid'] is 'ignore' instead of 'warn' (the caller's np.sqrt(-1.0) no longer warns); the fit is right; breaks the format rules' "each must leave the session as it found it ... Numpy's floating-point error handling (use with np.errstate(...), not np.seterr)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    old = np.seterr(over='ignore', under='ignore', invalid='ignore')   # exp overflows far from the boundary
    try:
        beta = np.zeros(X.shape[1])
        history = {'beta': [beta.copy()], 'deviance': []}
        for _ in range(max_iter):
            eta = X @ beta
            p_hat = 1.0 / (1.0 + np.exp(-eta))
            q_hat = 1.0 / (1.0 + np.exp(eta))
            w = p_hat * q_hat
            beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
            change = np.max(np.abs(beta_new - beta))
            beta = beta_new
            eta = X @ beta
            history['beta'].append(beta.copy())
            history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
            if change < tol:
                break
    finally:
        np.seterr(over=old['over'])      # put back the overflow setting
    return beta, history
