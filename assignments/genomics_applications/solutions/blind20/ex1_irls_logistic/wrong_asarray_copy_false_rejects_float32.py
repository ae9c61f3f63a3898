# verdict: wrong
# what: converts X with np.array(X, dtype=np.float64, copy=False) to "avoid a copy"; in numpy 2 copy=False means never copy, so a float32 X raises ValueError ("Unable to avoid copy ...") instead of being fitted; the visible data with X as float32: ValueError instead of 6 iterations to [-0.81057922, 1.40859223, -2.13937224]; breaks "X is an (n, p) float array (float32 or float64: compute in float64)"
# numpy 1's copy=False meant "copy only if needed"; the student learnt that idiom.


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64, copy=False)
    y = np.asarray(y, dtype=np.float64)
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
