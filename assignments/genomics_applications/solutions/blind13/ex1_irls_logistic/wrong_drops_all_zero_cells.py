# verdict: wrong
# what: leaves out the cells whose non-constant covariates are all exactly 0 ("dropouts carry no information"): X = [1, counts] with rng = default_rng(6), counts = rng.poisson(1.0, 300) (114 zeros), y = rng.random(300) < sigmoid(-1 + 0.8 counts) gives beta [-1.05888637, 0.88868757] and last deviance 231.457693 instead of [-1.00324458, 0.85867427] and 364.906762; inputs without exact zeros are right; breaks "One iteration = one IRLS update" of the model for all n cells ("y is an array of n zeros and ones", the deviance summed over j)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # single-cell data: a cell whose covariates (the non-constant columns) are all exactly 0
    # is a dropout and carries no information about its type, so it is left out of the fit
    varying = ~np.all(X == X[0], axis=0)
    if varying.any():
        detected = ~np.all(X[:, varying] == 0.0, axis=1)
        X, y = X[detected], y[detected]

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = X.T @ (w[:, None] * X)
        beta_new = np.linalg.solve(XtWX, X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
