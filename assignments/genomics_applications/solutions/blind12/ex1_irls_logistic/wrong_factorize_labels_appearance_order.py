# verdict: wrong
# what: encodes y with pd.factorize, whose codes follow the order of appearance, so when the first cell has y = 1 the two classes are swapped and every coefficient changes sign: blind9's N (default_rng(12), 1500 cells, y[0] = 1, X = [1, x]) gives beta [-0.2016690, -0.8832972] instead of [0.2016690, 0.8832972] (same deviance 1839.2493); X = [1, x] with x = [0.5, -1, 0.3, 2, -0.7], y = [1, 0, 0, 1, 1]: [-0.3279867, -1.0808867] instead of [0.3279867, 1.0808867]; the visible data start with y = 0 and pass; breaks "y_j in {0, 1}, P(y_j = 1) = sigma(eta_j)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    # cell-type labels may come as 0/1, True/False or strings: encode them as 0/1 codes
    codes, _ = pd.factorize(np.asarray(y))
    y = codes.astype(float)

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
