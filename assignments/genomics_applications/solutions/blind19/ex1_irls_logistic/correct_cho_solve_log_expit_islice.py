# verdict: correct
# what: correct: Newton form beta + (X'WX)^-1 X'(y - p) with X'WX = (sqrt(w) X)'(sqrt(w) X) factorised by scipy.linalg.cho_factor / cho_solve, p = exp(log_expit(eta)), w = exp(log_expit(eta) + log_expit(-eta)), the deviance -2 sum(y log_expit(eta) + (1 - y) log_expit(-eta)), iterations driven by itertools.islice over an infinite generator of steps; same history lengths, iterates (1e-6 relative) and deviances (1e-9) as reference.irls_logistic on 54 calls: the visible data V, V as float32, V without intercept with integer y, the far cell of x = 283 (eta 709.7), the default_rng(21) data and X = ones((4, 1)) with y = [0, 1, 0, 1], each with the defaults, tol 1e-2, 1e-10, 1e-12 and np.float32(1e-2), max_iter 0, 1, 3 and np.int64(3)
import itertools

from scipy.linalg import cho_factor, cho_solve
from scipy.special import log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64, copy=True)
    y = np.array(y, dtype=np.float64, copy=True)

    def newton_steps(b):
        while True:
            eta = X @ b
            log_p, log_q = log_expit(eta), log_expit(-eta)
            sw = np.exp(0.5 * (log_p + log_q))            # sqrt of p (1 - p)
            A = sw[:, None] * X
            score = X.T @ (y - np.exp(log_p))
            b_next = b + cho_solve(cho_factor(A.T @ A), score)
            yield b, b_next
            b = b_next

    start = np.zeros(X.shape[1])
    betas, deviances = [start.copy()], []
    beta = start
    for old, new in itertools.islice(newton_steps(start), int(max_iter)):
        eta = X @ new
        betas.append(new.copy())
        deviances.append(float(-2.0 * np.sum(y * log_expit(eta) + (1.0 - y) * log_expit(-eta))))
        beta = new
        if np.max(np.abs(new - old)) < tol:
            break
    return beta.copy(), {'beta': betas, 'deviance': deviances}
