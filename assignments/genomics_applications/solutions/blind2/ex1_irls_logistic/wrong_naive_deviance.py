# verdict: wrong
# what: deviance computed literally as -2*sum(y*log(p) + (1-y)*log(1-p)) with p = sigmoid(eta); it is nan/inf as soon as some p rounds to 0 or 1 (|eta| > ~37), breaking "append the binomial deviance at that iteration's new coefficients (a float)" at extreme but allowed inputs
import numpy as np


def _sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = _sigmoid(eta)
        w = p * (1 - p)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p))
        new_beta = np.linalg.solve(XtWX, XtWz)
        change = np.abs(new_beta - beta).max()
        beta = new_beta
        p_new = _sigmoid(X @ beta)
        dev = -2.0 * np.sum(y * np.log(p_new) + (1 - y) * np.log(1 - p_new))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(dev))
        if change < tol:
            break
    return beta, history
