# verdict: correct
# what: correct: Newton form beta + (X^T W X)^{-1} X^T (y - p) with the inverse applied through the thin SVD of sqrt(w) X (X^T W X = V S^2 V^T), y - p as y(1 - p) - (1 - y) p from scipy's expit, deviance from scipy.special.log_expit, a while loop with a counter and separate history lists
from scipy.special import expit, log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    A = np.array(X, dtype=np.float64)          # a float64 copy, whatever X was
    t = np.array(y, dtype=np.float64).ravel()
    coef = np.zeros(A.shape[1])
    betas, devs = [coef.copy()], []

    def deviance(eta):
        # -2 [y log p + (1 - y) log(1 - p)], with log p = log_expit(eta), log(1 - p) = log_expit(-eta)
        return float(-2.0 * (t @ log_expit(eta) + (1.0 - t) @ log_expit(-eta)))

    it = 0
    while it < max_iter:
        it += 1
        eta = A @ coef
        mu, one_minus_mu = expit(eta), expit(-eta)
        score = A.T @ (t * one_minus_mu - (1.0 - t) * mu)        # X^T (y - p), no cancellation
        # Newton step (X^T W X)^{-1} score, through the thin SVD of sqrt(w) X = U S V^T:
        # X^T W X = V S^2 V^T
        _, s, Vt = np.linalg.svd(np.sqrt(mu * one_minus_mu)[:, None] * A, full_matrices=False)
        new = coef + Vt.T @ ((Vt @ score) / s**2)
        change = np.max(np.abs(new - coef))
        coef = new
        betas.append(coef.copy())
        devs.append(deviance(A @ coef))
        if change < tol:
            break
    return coef, {'beta': betas, 'deviance': devs}
