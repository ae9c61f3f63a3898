# verdict: wrong
# what: progress is logged through logging.getLogger(__name__), but every call also sets that logger's level to INFO and adds a new StreamHandler to it; in the notebook __name__ is '__main__', so after two calls logging.getLogger('__main__') has level 20 and 2 handlers (before: level 0, no handler) and each iteration message of the second call is printed twice (three times in a third call); the fit itself is right (V: 6 iterations, [-0.81057922, 1.40859223, -2.13937226]); breaks the format rules' "Python's ... logging configuration (log through logging.getLogger(__name__); never logging.basicConfig) ... are the caller's"
import logging


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0, logging the progress."""
    logger = logging.getLogger(__name__)
    logger.setLevel(logging.INFO)
    logger.addHandler(logging.StreamHandler())
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for k in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        dev = float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))
        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        logger.info("IRLS iteration %d: deviance %.6f, change %.2e", k + 1, dev, change)
        if change < tol:
            break
    return beta, history
