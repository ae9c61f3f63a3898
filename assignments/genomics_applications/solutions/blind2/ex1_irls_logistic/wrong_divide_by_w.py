# verdict: wrong
# what: forms the working response z = eta + (y - p)/w literally, so when a fitted p rounds to 1 (eta > ~37) w == 0 and beta becomes nan; breaks "Return beta as the coefficients after the last iteration" (finite IRLS/ML solution) for allowed non-separable X with large-scale columns
import numpy as np


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}
    for it in range(max_iter):
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-eta))
        w = p_hat * (1.0 - p_hat)
        z = eta + (y - p_hat) / w
        XtWX = X.T @ (w[:, None] * X)
        XtWz = X.T @ (w * z)
        beta_new = np.linalg.solve(XtWX, XtWz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta_new = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
