# verdict: wrong
# what: adds a tiny ridge 1e-10*I to X^T W X "for stability"; the update is no longer (X^T W X)^{-1} X^T W z, so beta is wrong when the columns of X have a small scale (e.g. 1e-5), breaking the IRLS update and "X ... treats every column alike" for allowed inputs
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    p = X.shape[1]
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        A = X.T @ (w[:, None] * X) + 1e-10 * np.eye(p)   # keep the system invertible
        b = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(A, b)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
