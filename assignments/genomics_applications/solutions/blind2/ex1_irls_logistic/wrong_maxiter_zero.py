# verdict: wrong
# what: do-while loop that tests the iteration count only after an update, so max_iter=0 still performs one IRLS iteration; breaks "stop ... after max_iter iterations" (max_iter=0 must return the zero start with an empty deviance list)
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    n_iter = 0
    while True:
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + y - p_hat))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        n_iter += 1
        if change < tol or n_iter >= max_iter:
            break
    return beta, history
