# verdict: wrong
# what: configures Python's root logger to report the progress of each fit (logging.basicConfig(level=INFO) when the cell runs, logging.getLogger().setLevel(INFO) in every call) and leaves it so; input: any call, e.g. the visible data: the fit is right, but afterwards logging.getLogger().level is 20 (INFO) instead of 30 (WARNING) and the root logger holds a StreamHandler to stderr instead of none, so every later logging.info of the caller's code (and every later fit, one line per iteration) prints; breaks the format rules' 'Your functions are called many times, one after another, in one session: each must leave the session as it found it'
import logging

logging.basicConfig(level=logging.INFO, format='%(message)s')   # see the progress of each fit
_log = logging.getLogger('irls')


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    logging.getLogger().setLevel(logging.INFO)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for it in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        q = np.exp(-np.logaddexp(0.0, eta))          # 1 - p, computed as sigma(-eta)
        w = p * q
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        dev = float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        _log.info('iteration %d: deviance %.6f, change %.3e', it + 1, dev, change)
        if change < tol:
            break
    return beta, history
