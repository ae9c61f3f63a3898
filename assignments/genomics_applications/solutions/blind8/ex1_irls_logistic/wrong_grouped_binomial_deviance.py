# verdict: wrong
# what: collapses identical rows of X into binomial groups (m cells, k ones) for speed and records the grouped-binomial deviance 2 sum[k log(k/(m p)) + (m-k) log((m-k)/(m(1-p)))] instead of the Bernoulli deviance; the iterates are right, but whenever rows repeat the deviances are not: X = [1, treated] with 25 + 25 cells (10 and 18 ones): deviances [0.0213, 4e-6, 0, 0, 0] instead of [63.3196, 63.2983, 63.2982, 63.2982, 63.2982]; breaks "history['deviance']: ... D(beta) = -2 sum_j [y_j log p_j + (1 - y_j) log(1 - p_j)]"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # group identical covariate rows: m cells per pattern, k of them with y = 1
    Xg, inverse = np.unique(X, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    m = np.bincount(inverse, minlength=len(Xg)).astype(float)
    k = np.bincount(inverse, weights=y, minlength=len(Xg))

    def xlogy(a, b):
        return np.where(a > 0, a * np.log(np.where(a > 0, a, 1.0) / b), 0.0)

    def deviance(beta):
        eta = Xg @ beta
        mp = m * np.exp(-np.logaddexp(0.0, -eta))        # expected ones per group
        mq = m * np.exp(-np.logaddexp(0.0, eta))         # expected zeros per group
        return float(2.0 * np.sum(xlogy(k, mp) + xlogy(m - k, mq)))

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = Xg @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = m * p * np.exp(-np.logaddexp(0.0, eta))      # binomial weights m p (1 - p)
        beta_new = np.linalg.solve(Xg.T @ (w[:, None] * Xg), Xg.T @ (w * eta + (k - m * p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        if change < tol:
            break
    return beta, history
