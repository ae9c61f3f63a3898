# verdict: correct
# what: correct; the Newton form beta + (X'WX)^-1 X'(y - p) with the step solved through the eigendecomposition of X'WX (np.linalg.eigh), log-sigmoids from np.logaddexp, weights exp(log p + log(1 - p)), a while loop with an explicit counter
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    n_cols = X.shape[1]
    coef = np.zeros(n_cols)
    betas = [coef.copy()]
    devs = []
    it = 0
    while it < max_iter:
        lin = X @ coef
        log_p = -np.logaddexp(0.0, -lin)          # log sigma(eta)
        log_q = -np.logaddexp(0.0, lin)           # log (1 - sigma(eta)) = log sigma(-eta)
        p = np.exp(log_p)
        weights = np.exp(log_p + log_q)
        info = (X * weights[:, None]).T @ X       # X' W X
        score = X.T @ (y - p)
        lam, vec = np.linalg.eigh(info)
        step = vec @ ((vec.T @ score) / lam)
        new_coef = coef + step
        biggest = float(np.abs(new_coef - coef).max())
        coef = new_coef
        lin = X @ coef
        betas.append(coef.copy())
        devs.append(float(2.0 * np.sum(np.logaddexp(0.0, lin) - y * lin)))
        it += 1
        if biggest < tol:
            break
    return coef, {'beta': betas, 'deviance': devs}
