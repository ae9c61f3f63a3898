# verdict: correct
# what: Newton form beta + H^{-1} score with scipy's expit/log_expit, the Hessian by einsum, a while loop with an explicit counter and stopping flag
from scipy.special import expit as _expit, log_expit as _log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)           # a float64 copy, also of float32 input
    y = np.array(y, dtype=np.float64)
    n_coef = X.shape[1]
    beta = np.zeros(n_coef)
    betas, deviances = [beta.copy()], []

    n_done, done = 0, False
    while n_done < max_iter and not done:
        eta = X @ beta
        p = _expit(eta)
        w = _expit(eta) * _expit(-eta)                 # p (1 - p) without cancellation
        hess = np.einsum('i,ij,ik->jk', w, X, X)       # X^T W X
        score = X.T @ (y - p)                          # gradient of the log-likelihood
        new_beta = beta + np.linalg.solve(hess, score) # = (X^T W X)^{-1} X^T (w eta + y - p)
        done = bool(np.abs(new_beta - beta).max() < tol)
        beta = new_beta
        n_done += 1
        eta = X @ beta
        # D = -2 sum(y log p + (1 - y) log(1 - p)), with log p = log_expit(eta), log(1-p) = log_expit(-eta)
        dev = -2.0 * np.sum(y * _log_expit(eta) + (1.0 - y) * _log_expit(-eta))
        betas.append(beta.copy())
        deviances.append(float(dev))

    return beta, {'beta': betas, 'deviance': deviances}
