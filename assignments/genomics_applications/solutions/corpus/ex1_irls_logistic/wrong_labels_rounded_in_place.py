# verdict: wrong
# what: rounds y to exact 0/1 labels in place after np.asarray (which makes no copy of a float64 array), so it writes into the caller's y, and fails on a read-only y (pandas' to_numpy() under copy-on-write)
# feedback: read-only


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression y ~ Bernoulli(sigmoid(X @ beta)) fitted by IRLS.

    Parameters
    ----------
    X : array (n, p)
        Design matrix (include a column of ones for an intercept).
    y : array (n,)
        Binary responses, 0 or 1.
    max_iter : int
        Largest number of IRLS iterations.
    tol : float
        Stop after the first iteration whose largest absolute coefficient
        change, max |beta_new - beta_old|, is below `tol`.

    Returns
    -------
    beta : ndarray (p,)
        The coefficients after the last iteration.
    history : dict
        'beta': list of coefficient vectors, history['beta'][0] is the start
        (all zeros), then one entry per iteration.
        'deviance': list with one binomial deviance per iteration, evaluated at
        that iteration's NEW coefficients (len == len(history['beta']) - 1).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    np.round(y, out=y)                              # exact 0/1 labels
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))      # sigmoid(eta) without overflow
        w = p_hat * (1.0 - p_hat)                      # IRLS weights, a vector
        # W z = w * eta + (y - p_hat): the working response without dividing by w
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        # -2 log-likelihood = 2 * sum(log(1 + e^eta) - y * eta), stable via logaddexp
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
