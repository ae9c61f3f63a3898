# verdict: correct
# what: Newton-Raphson written with gradient X'(y-p) and Hessian X'WX (same iterates as IRLS), scipy.special.expit for the sigmoid; log_expit for the deviance
from scipy.special import expit, log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """IRLS == Newton's method for the canonical logit link."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {"beta": [beta.copy()], "deviance": []}

    for _ in range(max_iter):
        p = expit(X @ beta)
        grad = X.T @ (y - p)                       # score
        hess = (X * (p * expit(-(X @ beta)))[:, None]).T @ X  # Fisher information, 1 - p as expit(-eta)
        delta = np.linalg.solve(hess, grad)
        beta = beta + delta

        eta = X @ beta
        dev = -2.0 * (y @ log_expit(eta) + (1 - y) @ log_expit(-eta))
        history["beta"].append(beta.copy())
        history["deviance"].append(dev)

        if np.max(np.abs(delta)) < tol:
            break

    return beta, history
