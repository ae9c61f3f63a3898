# verdict: wrong
# what: stopping rule uses the Euclidean norm ||beta_new - beta_old|| instead of max_k |change_k|; breaks "the largest absolute change of a coefficient: not a norm" (runs extra iterations when the norm is >= tol but the max is < tol, e.g. many columns)
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + y - p_hat))
        change = np.linalg.norm(beta_new - beta)
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
