# verdict: wrong
# what: the cell runs np.seterr(over='ignore', divide='ignore', invalid='ignore') at its top level "to keep the IRLS output free of overflow warnings", so running the solution cell changes numpy's floating-point error handling for the whole session (the function itself is right); after the cell, np.geterr() is {'divide': 'ignore', 'over': 'ignore', 'under': 'ignore', 'invalid': 'ignore'} instead of numpy's {'divide': 'warn', 'over': 'warn', 'under': 'ignore', 'invalid': 'warn'}, and the caller's later np.exp(np.float64(1000.0)) and np.log(0.0) give inf / -inf silently instead of a RuntimeWarning; breaks the format rules' "Numpy's floating-point error handling ... (use with np.errstate(...), not np.seterr) ... are the caller's"
np.seterr(over='ignore', divide='ignore', invalid='ignore')   # no overflow warnings in the IRLS output


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = 1.0 / (1.0 + np.exp(-eta))
        q = 1.0 / (1.0 + np.exp(eta))                 # 1 - p as sigma(-eta)
        w = p * q
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
