# verdict: wrong
# what: starts tracemalloc in every call (to record the fit's peak memory) but stops it only when the loop runs out, not on the return at convergence; input: any converging call, e.g. the visible data: afterwards tracemalloc.is_tracing() is True instead of False and every later allocation of the session is traced (20000 small np.ones: 0.235 s instead of 0.141 s); the fit is right; breaks the format rules' 'Your functions are called many times, one after another, in one session: each must leave the session as it found it'
import tracemalloc


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement).

    Also records in history['peak_mib'] the peak memory of the fit, to show that W is
    never built as an n x n matrix.
    """
    tracemalloc.start()
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
            history['peak_mib'] = tracemalloc.get_traced_memory()[1] / 2**20
            return beta, history

    history['peak_mib'] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return beta, history
