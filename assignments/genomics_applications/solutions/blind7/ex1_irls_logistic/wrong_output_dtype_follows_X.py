# verdict: wrong
# what: computes in float64 but, like a library that "preserves the input dtype", returns beta and stores history['beta'] cast back to X's dtype, so a float32 X gets coefficients rounded to float32 (about 3e-8 relative off the float64 iterates); breaks "X is ... float32 or float64: compute in float64" (the returned coefficients are the float64 iterates)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X_in = np.asarray(X)
    out_dtype = X_in.dtype if np.issubdtype(X_in.dtype, np.floating) else np.float64
    X = X_in.astype(np.float64)
    y = np.asarray(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.astype(out_dtype)], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.astype(out_dtype))
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta.astype(out_dtype), history
