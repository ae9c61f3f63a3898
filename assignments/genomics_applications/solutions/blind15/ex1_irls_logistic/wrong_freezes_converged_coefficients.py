# verdict: wrong
# what: a coefficient whose own change falls below tol is frozen and later updates solve only for the others (its part of eta as an offset); input: the visible data with tol=1e-2: beta [-0.81052836, 1.40857585, -2.13934095] instead of [-0.81057922, 1.40859223, -2.13937225] (5 iterations both; blind6's S and blind5's G with tol=1e-2 differ too; the default tol gives the reference's fit); breaks 'One iteration = one IRLS update' (beta <- (X'WX)^-1 X'Wz for every coefficient)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    beta = np.zeros(p)
    active = np.ones(p, dtype=bool)          # coefficients that still move
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        # a coefficient that has settled stays where it is; solve for the others only,
        # with the settled part of the linear predictor as an offset
        Xa = X[:, active]
        offset = X[:, ~active] @ beta[~active]
        beta_new = beta.copy()
        beta_new[active] = np.linalg.solve(Xa.T @ (w[:, None] * Xa),
                                           Xa.T @ (w * (eta - offset) + (y - p_hat)))

        step = np.abs(beta_new - beta)
        change = np.max(step)
        active &= step >= tol
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol or not active.any():
            break
    return beta, history
