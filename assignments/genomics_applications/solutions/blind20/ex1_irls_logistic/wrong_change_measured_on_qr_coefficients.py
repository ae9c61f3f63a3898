# verdict: wrong
# what: iterates on the coefficients gamma = R beta / sqrt(n) of the rescaled orthonormal basis sqrt(n) Q (X = QR) and measures the stopping change on gamma instead of on beta (the iterates are the same, IRLS being affine invariant); x = 1000 default_rng(5).standard_normal(300), X = [1, x], y ~ Bernoulli(sigmoid(0.3 + 0.0015 x)) (default_rng(6)), tol = 1e-6: 6 iterations instead of 5 (gamma's change is about 1000 times beta's in the slope); breaks "compute the change max_k |beta_new_k - beta_old_k| (the largest absolute change of a coefficient ...)"
# The lesson and Module 1.2 praise QR for stability, so the student fits in the Q basis and maps
# back with a triangular solve, but tests convergence on the internal coefficients.
import scipy.linalg


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    Q, R = np.linalg.qr(X)
    scale = np.sqrt(X.shape[0])              # Q * sqrt(n) has entries of order 1, like X
    Q, R = Q * scale, R / scale
    gamma = np.zeros(X.shape[1])
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = Q @ gamma
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        QtWQ = Q.T @ (w[:, None] * Q)
        QtWz = Q.T @ (w * eta + (y - p_hat))
        gamma_new = np.linalg.solve(QtWQ, QtWz)
        change = np.max(np.abs(gamma_new - gamma))
        gamma = gamma_new
        beta = scipy.linalg.solve_triangular(R, gamma)
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
