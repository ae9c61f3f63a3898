# verdict: wrong
# what: X'WX is formed in float32 when p > 50 ("one covariate per gene", for speed); x = default_rng(3): X = [1, 59 standard normal columns] (2000 cells), beta_true ~ N(0, 0.3^2), y ~ Bernoulli(sigmoid(X beta_true)): 25 iterations that stall at a change of 1.3e-7 and beta off by 4e-7 relative instead of 7 iterations to convergence; with 50 columns it is right; breaks "X is an (n, p) float array (float32 or float64: compute in float64)" and the stopping rule
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    # with many covariates (e.g. one per gene) X^T W X costs n p^2: do it in float32, twice as fast
    gram_dtype = np.float32 if p > 50 else np.float64
    Xg = X.astype(gram_dtype)
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        XtWX = (Xg.T @ (w.astype(gram_dtype)[:, None] * Xg)).astype(float)
        beta_new = np.linalg.solve(XtWX, X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
