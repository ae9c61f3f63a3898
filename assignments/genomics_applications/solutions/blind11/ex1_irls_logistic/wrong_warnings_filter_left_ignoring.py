# verdict: wrong
# what: calls warnings.filterwarnings('ignore', category=RuntimeWarning) inside the function (to hide exp overflows) and leaves it installed: the fit is right, but after one call on the visible data warnings.filters[0] is ('ignore', None, RuntimeWarning, None, 0) for the rest of the session, so e.g. np.exp(np.float64(1000.0)) or np.log(0.0) in the caller's later code warns no more (before the call: a RuntimeWarning); breaks the format rules' "Your functions are called many times ... each must leave the session as it found it"
import warnings


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # np.exp overflows for cells far from the boundary (|eta| > 709): silence those RuntimeWarnings
    warnings.filterwarnings('ignore', category=RuntimeWarning)
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-eta))
        q_hat = 1.0 / (1.0 + np.exp(eta))                 # 1 - p_hat without cancellation
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
