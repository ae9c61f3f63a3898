# verdict: correct
# what: correct: the Newton form beta + (X'WX)^-1 X'(y - p) with the symmetric system solved by scipy.linalg.solve(assume_a='sym') (LDL^T); softplus written as max(t, 0) + log1p(exp(-|t|)), log p and log(1 - p) from it, the residual y(1 - p) - (1 - y)p, the deviance 2 sum(softplus(eta) - y eta), a for/else loop and dict(beta=..., deviance=...)
import scipy.linalg


def _softplus(t):
    """log(1 + e^t) without overflow: max(t, 0) + log1p(e^-|t|)."""
    return np.maximum(t, 0.0) + np.log1p(np.exp(-np.abs(t)))


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    betas, deviances = [beta.copy()], []

    for _ in range(max_iter):
        eta = X @ beta
        log_p = eta - _softplus(eta)            # log sigma(eta)
        log_q = -_softplus(eta)                 # log sigma(-eta) = log(1 - p)
        p_hat, q_hat = np.exp(log_p), np.exp(log_q)
        w = np.exp(log_p + log_q)
        resid = y * q_hat - (1.0 - y) * p_hat  # y - p without cancelling 1 - p for y = 1
        # Newton form of the IRLS update: beta + (X'WX)^-1 X'(y - p), X'WX symmetric (LDL^T)
        step = scipy.linalg.solve(X.T @ (w[:, None] * X), X.T @ resid, assume_a='sym')
        beta = beta + step
        eta = X @ beta
        betas.append(beta.copy())
        deviances.append(float(2.0 * np.sum(_softplus(eta) - y * eta)))
        if np.max(np.abs(step)) < tol:
            break
    else:
        pass                                    # max_iter reached without convergence

    return beta, dict(beta=betas, deviance=deviances)
