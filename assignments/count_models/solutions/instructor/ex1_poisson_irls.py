def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does.

    Parameters
    ----------
    X : array (n, p)
        Design matrix (include a column of ones for an intercept); computed in float64.
    y : array (n,)
        Non-negative integer counts (as floats or integers).
    max_iter : int
        Largest number of IRLS iterations (0 runs none).
    tol : float
        Stop after the first iteration whose largest absolute coefficient
        change, max |beta_new - beta_old|, is below `tol`.

    Returns
    -------
    beta : ndarray (p,)
        The coefficients after the last iteration.
    history : dict
        'beta': history['beta'][0] is the least-squares fit of the starting linear
        predictor log(y + 0.1), then one coefficient vector (a copy) per iteration.
        'deviance': one Poisson deviance per iteration, at that iteration's NEW
        coefficients (len == len(history['beta']) - 1).
    """
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    eta = np.log(y + 0.1)                                  # mu_0 = y + 0.1: finite for zero counts
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]          # recorded as iteration 0
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        mu = np.exp(eta)
        # W z = mu * eta + (y - mu): the working response without dividing by mu
        XtWX = X.T @ (mu[:, None] * X)
        XtWz = X.T @ (mu * eta + (y - mu))
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        mu = np.exp(eta)
        # 0 * log(0) = 0 for zero counts: only positive counts contribute y log(y / mu)
        positive = y > 0
        y_log_ratio = np.sum(y[positive] * np.log(y[positive] / mu[positive]))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * (y_log_ratio - np.sum(y - mu))))
        if change < tol:
            break

    return beta, history
    ### END SOLUTION
