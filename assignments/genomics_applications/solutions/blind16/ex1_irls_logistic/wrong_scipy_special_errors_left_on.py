# verdict: wrong
# what: calls scipy.special.seterr(all='warn') to report overflow in expit/log_expit and leaves it set; input: any call, e.g. the visible data: the fit is right, but afterwards scipy.special.geterr() is 'warn' for every category instead of 'ignore' (and 'memory' 'warn' instead of 'raise'), so the caller's later scipy.special.ndtri(2.0) emits a SpecialFunctionWarning ('domain error') instead of returning nan silently; breaks the format rules' 'Your functions are called many times, one after another, in one session: each must leave the session as it found it'
import scipy.special as sc


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # report overflow/underflow in the special functions while fitting
    sc.seterr(all='warn')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = sc.expit(eta)
        w = p_hat * sc.expit(-eta)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(-2.0 * np.sum(y * sc.log_expit(eta) + (1.0 - y) * sc.log_expit(-eta))))
        if change < tol:
            break
    return beta, history
