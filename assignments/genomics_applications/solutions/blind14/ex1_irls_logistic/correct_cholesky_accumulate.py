# verdict: correct
# what: the Newton form beta + (X'WX)^-1 X'(y - p) with X'WX factorised by np.linalg.cholesky and two scipy.linalg.solve_triangular solves, p and 1 - p from scipy's expit of +eta and -eta, the score written as X'(y(1 - p) - (1 - y)p), the deviance from scipy.special.log_expit, and the iterates produced lazily by itertools.accumulate over max_iter steps (consumed until the first change below tol); same iteration counts as the reference, history within 1e-9 relative and deviances within 1e-9, on the visible data (V), V as float32, V without intercept with integer y, blind6's A, B, S, blind5's G, blind7's L (X = [1, 1e6 x]), blind9's N, X = ones((4, 1)) with y = [0, 1, 0, 1], each with the defaults, tol = 1e-2, 1e-12, max_iter = 0, 1, 3 and np.int64(3), and on V plus a cell at x1 = 300, blind13's Pois, X = [1, 1e7 x] and [1, 1e9 x] (L's data), a single-class y = zeros(4) with X = [[1], [-2], [0.5], [-0.3]], y as uint8, tol = 10 and tol = np.float64(1e-6)
import itertools
import scipy.linalg
from scipy.special import expit, log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)

    def newton(beta, _):
        """One IRLS update in Newton form, beta + (X'WX)^-1 X'(y - p), by a Cholesky factor."""
        eta = X @ beta
        p, q = expit(eta), expit(-eta)              # p and 1 - p, both without cancellation
        L = np.linalg.cholesky(X.T @ ((p * q)[:, None] * X))
        score = X.T @ (y * q - (1.0 - y) * p)       # X'(y - p) written without 1 - p
        half = scipy.linalg.solve_triangular(L, score, lower=True)
        return beta + scipy.linalg.solve_triangular(L.T, half, lower=False)

    def deviance(beta):
        eta = X @ beta
        return float(-2.0 * np.sum(y * log_expit(eta) + (1.0 - y) * log_expit(-eta)))

    start = np.zeros(X.shape[1])
    iterates = itertools.accumulate(itertools.repeat(None, int(max_iter)), newton, initial=start)
    history = {'beta': [next(iterates).copy()], 'deviance': []}
    for beta in iterates:
        change = np.max(np.abs(beta - history['beta'][-1]))
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        if change < tol:
            break
    return history['beta'][-1].copy(), history
