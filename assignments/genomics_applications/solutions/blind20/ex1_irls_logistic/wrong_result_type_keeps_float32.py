# verdict: wrong
# what: converts X with X.astype(np.result_type(X.dtype, 1.0)) to "make sure it is floating point"; under numpy 2 (NEP 50) a Python float is weak, so a float32 X stays float32 and every step runs in float32; the visible data with X as float32 and the defaults: 25 iterations (the change stalls near 1e-7), beta [-0.810579, 1.40859222, -2.1393714], last deviance 179.2466736, instead of 6 iterations to [-0.81057922, 1.40859223, -2.13937224] (179.2466624); breaks "X is an (n, p) float array (float32 or float64: compute in float64)"
# The student wanted to keep float64 inputs uncopied and convert integer inputs, and believed
# result_type with a Python float gives float64.


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X)
    X = X.astype(np.result_type(X.dtype, 1.0), copy=False)
    y = np.asarray(y).astype(X.dtype)
    beta = np.zeros(X.shape[1], dtype=X.dtype)
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
