# verdict: correct
# what: Newton form beta + (X'WX)^-1 X'(y - p) solved by a Cholesky factorisation, scipy's expit, a while loop with an explicit counter.
from scipy.linalg import cho_factor, cho_solve
from scipy.special import expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64).ravel()
    n, p = X.shape

    coef = np.zeros(p)
    betas = [coef.copy()]
    devs = []

    it = 0
    while it < max_iter:
        eta = X @ coef
        prob = expit(eta)
        w = prob * (1.0 - prob)
        info = X.T @ (X * w[:, None])          # X' W X, the Fisher information
        score = X.T @ (y - prob)               # gradient of the log-likelihood
        step = cho_solve(cho_factor(info), score)
        new_coef = coef + step
        it += 1

        eta_new = X @ new_coef
        devs.append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        betas.append(new_coef.copy())
        delta = np.abs(new_coef - coef).max()
        coef = new_coef
        if delta < tol:
            break

    return coef, {'beta': betas, 'deviance': devs}
