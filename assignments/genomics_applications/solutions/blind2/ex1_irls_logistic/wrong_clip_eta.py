# verdict: wrong
# what: clips the linear predictor to [-30, 30] "to avoid overflow" before computing p, w, z and the deviance; for allowed non-separable data with points at |eta| > 30 the updates, the converged beta and the deviances are wrong; breaks the IRLS formulas p = sigma(eta), eta = X beta and "the binomial deviance at that iteration's new coefficients"
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = np.clip(X @ beta, -30.0, 30.0)
        p_hat = 1.0 / (1.0 + np.exp(-eta))
        w = p_hat * (1.0 - p_hat)
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * eta + (y - p_hat))
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta_new = np.clip(X @ beta, -30.0, 30.0)
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
