# verdict: correct
# what: correct solution written as a Newton step beta + (X^T W X)^{-1} X^T (y - p) with scipy-free stable sigmoid and a while loop
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64).ravel()
    beta = np.zeros(X.shape[1], dtype=np.float64)
    betas = [beta.copy()]
    devs = []
    k = 0
    while k < max_iter:
        eta = X @ beta
        prob = np.where(eta >= 0, 1.0 / (1.0 + np.exp(-np.abs(eta))),
                        np.exp(-np.abs(eta)) / (1.0 + np.exp(-np.abs(eta))))
        weights = prob * (1.0 - prob)
        hess = X.T @ (X * weights[:, None])
        grad = X.T @ (y - prob)
        step = np.linalg.solve(hess, grad)
        new = beta + step
        delta = float(np.max(np.abs(new - beta)))
        beta = new
        k += 1
        eta_new = X @ beta
        betas.append(beta.copy())
        devs.append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if delta < tol:
            break
    return beta, {'beta': betas, 'deviance': devs}
