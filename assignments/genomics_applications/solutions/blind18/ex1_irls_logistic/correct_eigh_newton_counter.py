# verdict: correct
# what: correct: Newton form beta + H^-1 X'(y - p) with H = X'WX applied through np.linalg.eigh (V diag(1/lambda) V' g), log sigma(+eta) and log sigma(-eta) from np.logaddexp, w = exp(log p + log(1 - p)), the score as y(1 - p) - (1 - y)p, a while loop with an explicit counter and separate history lists; same iteration counts, history (1e-6) and deviances (1e-9) as the instructor on V, V as float32, V without intercept with integer y, blind6's A and B, blind5's G and ones((4, 1)), each with the defaults, tol 1e-2 and 1e-12, max_iter 0, 1, 3 and np.int64(3)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)          # a private float64 copy
    y = np.array(y, dtype=np.float64)
    p = X.shape[1]
    coef = np.zeros(p)
    betas, devs = [coef.copy()], []
    k = 0
    while k < max_iter:
        eta = X @ coef
        log_p = -np.logaddexp(0.0, -eta)       # log sigma(eta)
        log_q = -np.logaddexp(0.0, eta)        # log sigma(-eta) = log(1 - p)
        prob = np.exp(log_p)
        w = np.exp(log_p + log_q)
        H = (X * w[:, None]).T @ X             # X'WX
        g = X.T @ (y * np.exp(log_q) - (1.0 - y) * prob)   # score X'(y - p)
        lam, V = np.linalg.eigh(H)
        step = V @ ((V.T @ g) / lam)           # Newton step H^-1 g through the eigen-decomposition
        new = coef + step
        delta = float(np.max(np.abs(new - coef)))
        coef = new
        k += 1
        eta = X @ coef
        betas.append(coef.copy())
        devs.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if delta < tol:
            break
    return coef, {'beta': betas, 'deviance': devs}
