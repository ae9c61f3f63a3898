# verdict: wrong
# what: switches to Firth's bias-reduced score X'(y - p + h(1/2 - p)) (as R's logistf) as soon as some fitted probability is within 1e-6 of 0 or 1, so data with cells far from the boundary are fitted to the Firth estimate instead of the maximum-likelihood one: on blind5's G (2000 cells, x ~ U(-1, 1), y ~ Bernoulli(sigmoid(3x)), default_rng(3), plus a misclassified cell at x = 20, X = [1, x]) it takes 7 iterations to beta [0.0633823, 2.5894042] with last deviance 2005.208752 instead of 6 iterations to [0.0634989, 2.5942447] and 2005.206959; on blind6's 42-point set B the slope is 15.39 after 25 iterations instead of 42.12 after 13 (the visible data never come near 0 or 1, max |eta| 6.4); breaks "One iteration = one IRLS update ... beta <- (X'WX)^-1 X'Wz" and "Allowed data include cells far from the boundary ... Your function must return the same iterates and finite deviances there"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    firth = False   # Firth's bias-reduced score (as in R's logistf), switched on near separation

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))       # sigmoid(eta)
        q_hat = np.exp(-np.logaddexp(0.0, eta))        # 1 - sigmoid(eta), without cancellation
        w = p_hat * q_hat
        if not firth and np.min(np.minimum(p_hat, q_hat)) < 1e-6:
            firth = True                               # fitted probabilities at 0 or 1: quasi-separation
        XtWX = X.T @ (w[:, None] * X)
        score_resid = y - p_hat
        if firth:
            # leverages h_j of the weighted hat matrix W^1/2 X (X'WX)^-1 X' W^1/2
            h = w * np.einsum('ij,ji->i', X, np.linalg.solve(XtWX, X.T))
            score_resid = score_resid + h * (0.5 - p_hat)
        beta_new = beta + np.linalg.solve(XtWX, X.T @ score_resid)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
