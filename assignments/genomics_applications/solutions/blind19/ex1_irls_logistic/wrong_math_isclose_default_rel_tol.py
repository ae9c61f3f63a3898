# verdict: wrong
# what: convergence is tested with math.isclose(new, old, abs_tol=tol) per coefficient, whose default rel_tol=1e-9 also accepts changes below 1e-9 |beta|; the visible construction with default_rng(21) (200 x 3, true beta [-0.5, 1, -2]) and tol = 1e-10: the 6th change is 2.5e-10, above tol but below 1e-9 * 2.167, so 6 iterations instead of 7 (breaks 'compute the change max_k |beta_new_k - beta_old_k| (... not a relative change ...); stop right after the first iteration where this change is < tol')
# The student uses the standard library's closeness test, passing tol as the absolute
# tolerance and leaving the other argument at its default.
import math


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        q_hat = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        converged = all(math.isclose(a, b, abs_tol=tol) for a, b in zip(beta_new, beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if converged:
            break
    return beta, history
