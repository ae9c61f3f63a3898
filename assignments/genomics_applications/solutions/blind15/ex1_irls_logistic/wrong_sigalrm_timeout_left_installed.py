# verdict: wrong
# what: a 60 s time limit through signal.alarm and a SIGALRM handler; the alarm is cancelled at the end but the caller's handler is never restored (and a caller's pending alarm is cancelled); input: the caller runs signal.alarm(100), then any call (e.g. the visible data): signal.alarm(0) returns 0 instead of about 100 and signal.getsignal(SIGALRM) is the file's _on_timeout instead of SIG_DFL (0); the fit is right; breaks the format rules' 'each must leave the session as it found it'
import signal


class IRLSTimeout(RuntimeError):
    pass


def _on_timeout(signum, frame):
    raise IRLSTimeout("IRLS took longer than 60 s: check X for separation or collinearity")


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement), with a 60 s time limit."""
    signal.signal(signal.SIGALRM, _on_timeout)
    signal.alarm(60)
    try:
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float)
        beta = np.zeros(X.shape[1])
        history = {'beta': [beta.copy()], 'deviance': []}
        for _ in range(max_iter):
            eta = X @ beta
            p_hat = np.exp(-np.logaddexp(0.0, -eta))
            w = p_hat * np.exp(-np.logaddexp(0.0, eta))
            beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
            change = np.max(np.abs(beta_new - beta))
            beta = beta_new
            eta = X @ beta
            history['beta'].append(beta.copy())
            history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
            if change < tol:
                break
        return beta, history
    finally:
        signal.alarm(0)           # the fit is done: cancel the timer
