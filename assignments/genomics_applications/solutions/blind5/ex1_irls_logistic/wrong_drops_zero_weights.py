# verdict: wrong
# what: rows whose weight p(1-p) has underflowed below 1e-12 are dropped from the weighted least-squares step (to avoid dividing by w in z), so a misclassified cell far from the boundary loses its pull; breaks "Your function must return the same iterates and finite deviances there: ... compute Wz as w eta + (y - p_hat)".
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        keep = w > 1e-12                       # these rows would divide by (almost) zero in z
        Xk, wk = X[keep], w[keep]
        zk = eta[keep] + (y[keep] - p_hat[keep]) / wk
        sw = np.sqrt(wk)
        beta_new = np.linalg.lstsq(sw[:, None] * Xk, sw * zk, rcond=None)[0]

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
