# verdict: wrong
# what: computes the sigmoid with scipy.special.expit and, to hear about underflow while fitting, turns scipy.special's error reporting to 'warn' and never turns it back
# feedback: library's settings.*scipy\.special\.geterr
import scipy.special


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    scipy.special.seterr(all='warn')
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = scipy.special.expit(eta)
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
