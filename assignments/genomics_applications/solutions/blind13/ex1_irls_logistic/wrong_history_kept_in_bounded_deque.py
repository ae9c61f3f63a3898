# verdict: wrong
# what: keeps the history in collections.deque(maxlen=10) (betas) and deque(maxlen=9) (deviances) to bound memory, returned as lists: blind6's B (42 overlapping points, 13 iterations) gives history['beta'] of 10 entries starting with [3.48e-17, 11.805] (the iterate of iteration 4) and 9 deviances, instead of 14 entries starting with the zero vector and 13 deviances; beta is right; runs of 9 iterations or fewer are right; breaks "history['beta'][0] is the starting zero vector; then, after every iteration, append the new coefficient vector"
from collections import deque


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    # bounded history: with a large max_iter the lists would otherwise grow without limit
    betas = deque([beta.copy()], maxlen=10)
    deviances = deque(maxlen=9)

    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))          # sigma(eta)
        q_hat = np.exp(-np.logaddexp(0.0, eta))           # sigma(-eta) = 1 - p
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        betas.append(beta.copy())
        deviances.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, {'beta': list(betas), 'deviance': list(deviances)}
