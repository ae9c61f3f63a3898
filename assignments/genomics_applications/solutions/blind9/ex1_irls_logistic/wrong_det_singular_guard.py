# verdict: wrong
# what: raises LinAlgError ('singular: the classes may be separable') whenever |det(X'WX)| < 1e-10; a covariate in small units makes the determinant tiny although X has full rank and the data are not separable (X = [1, 1e-7 c] with c, y from default_rng(8) as in blind6's A: det(X'WX) = 2.9e-12 at the start, LinAlgError instead of 6 iterations and beta [0.4328596, 9.611097e6]); breaks "X is an (n, p) float array ... You may assume the two classes are not perfectly separable" (no other assumption on X) and "Return beta"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for it in range(max_iter):
        eta = X @ beta
        p = 1.0 / (1.0 + np.exp(-eta))
        q = 1.0 / (1.0 + np.exp(eta))          # 1 - p computed as sigmoid(-eta)
        w = p * q
        H = X.T @ (w[:, None] * X)
        # guard against a singular system (perfect separation or collinear columns)
        if abs(np.linalg.det(H)) < 1e-10:
            raise np.linalg.LinAlgError(
                f"X^T W X is singular at iteration {it + 1}: the classes may be separable")
        beta_new = np.linalg.solve(H, X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
