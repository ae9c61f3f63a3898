# verdict: wrong
# what: a "trust region" that shrinks any IRLS step whose largest coefficient move exceeds 5 (after the beta = 0 story of Section 2), so big coefficients take many iterations and the iterates are not the IRLS iterates; breaks "One iteration = one IRLS update" (beta <- (X^T W X)^{-1} X^T W z)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    max_step = 5.0                      # never move a coefficient by more than this in one go

    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        step = np.linalg.solve(XtWX, XtWz) - beta
        biggest = np.max(np.abs(step))
        if biggest > max_step:          # avoid the e^400 blow-up of a wild first step
            step = step * (max_step / biggest)
        beta_new = beta + step

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
