# verdict: wrong
# what: history['beta'] stores beta itself, not a copy (beta is rebound by each solve, so the entries stay distinct), so the returned beta is the very object history['beta'] ends with: on the visible data (seed 2024), b, h = irls_logistic(X, y); b *= 2 leaves h['beta'][-1] = [-1.62115845, 2.81718447, -4.27874451] instead of [-0.81057922, 1.40859223, -2.13937226], and with max_iter=0, b += 1 turns h['beta'][0] into [1, 1, 1] instead of the zeros; breaks "append the new coefficient vector ... as a **copy**, so that later iterations do not change what is stored"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    # beta is a new array after every solve, so the stored entries never change: no copy needed
    history = {'beta': [beta], 'deviance': []}

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))          # sigma(eta)
        q_hat = np.exp(-np.logaddexp(0.0, eta))           # 1 - sigma(eta) = sigma(-eta)
        w = p_hat * q_hat
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)

        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta)
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
