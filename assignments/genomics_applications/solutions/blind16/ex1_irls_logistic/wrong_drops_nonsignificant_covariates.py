# verdict: wrong
# what: backward elimination: after convergence, a non-constant covariate whose Wald p-value exceeds 0.05 is set to 0 and the model refitted without it; input: the visible data plus a pure-noise covariate z = default_rng(0).standard_normal(200) (X = [1, x1, x2, z]): beta [-0.81057922, 1.40859223, -2.13937226, 0] after 11 iterations, last deviance 179.246662, instead of [-0.82733463, 1.46182195, -2.16667233, 0.36115386] after 7 and 175.826308 (blind6's B: slope 0 instead of 42.12); breaks 'your function adds nothing and treats every column alike' and 'Return beta as the coefficients after the last iteration' (the IRLS fit of the given X)
from scipy import stats


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    active = np.ones(p, dtype=bool)
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    constant = np.all(X == X[0], axis=0)            # an intercept is never dropped

    for _ in range(max_iter):
        Xa = X[:, active]
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        XtWX = Xa.T @ (w[:, None] * Xa)
        beta_new = np.zeros(p)
        beta_new[active] = np.linalg.solve(XtWX, Xa.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            # backward elimination: a covariate whose Wald test is not significant
            # (p > 0.05) is removed and the model refitted without it
            p_hat = np.exp(-np.logaddexp(0.0, -eta))
            w = p_hat * (1.0 - p_hat)
            Xa = X[:, active]
            se = np.sqrt(np.diag(np.linalg.inv(Xa.T @ (w[:, None] * Xa))))
            pvals = np.full(p, 0.0)
            pvals[active] = 2 * stats.norm.sf(np.abs(beta[active] / se))
            pvals[constant] = 0.0
            worst = int(np.argmax(pvals))
            if pvals[worst] <= 0.05:
                break
            active[worst] = False
            beta = beta.copy()
            beta[worst] = 0.0
    return beta, history
