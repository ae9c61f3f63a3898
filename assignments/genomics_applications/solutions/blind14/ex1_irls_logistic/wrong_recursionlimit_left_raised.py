# verdict: wrong
# what: one recursive call per IRLS update, with sys.setrecursionlimit(max(10000, max_iter + 100)) called first and never restored; input: any call, e.g. the visible data: the fit is right, but afterwards sys.getrecursionlimit() is 10000 instead of 1000, so a runaway recursion in the caller's later code is no longer stopped at 1000 frames (and can crash the kernel instead of raising RecursionError); breaks the format rules' 'each must leave the session as it found it'
import sys


def _irls_step(X, y, beta, history, iters_left, tol):
    if iters_left == 0:
        return beta
    eta = X @ beta
    p = np.exp(-np.logaddexp(0.0, -eta))
    w = p * np.exp(-np.logaddexp(0.0, eta))
    beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
    change = np.max(np.abs(beta_new - beta))
    eta = X @ beta_new
    history['beta'].append(beta_new.copy())
    history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
    if change < tol:
        return beta_new
    return _irls_step(X, y, beta_new, history, iters_left - 1, tol)


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    sys.setrecursionlimit(max(10_000, int(max_iter) + 100))   # one frame per iteration
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    beta = _irls_step(X, y, beta, history, max_iter, tol)
    return beta, history
