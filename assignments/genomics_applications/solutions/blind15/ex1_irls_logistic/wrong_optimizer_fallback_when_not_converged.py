# verdict: wrong
# what: DESeq2-style fallback: when IRLS has not converged after max_iter >= 5 iterations, returns the BFGS optimum (scipy.optimize.minimize) instead of the last iterate, history unchanged; input: blind6's B (42 overlapping points, X = [1, x]) with max_iter=5: beta [-5.5e-17, 42.1191643] while history['beta'][-1] is [-4.1e-17, 17.3233424] (reference beta [-6.3e-17, 17.3233424]); blind6's S with max_iter=5: [-0.25628, 2.00996] instead of [-0.21809, 1.65825]; breaks 'Return beta as the coefficients after the last iteration, the same vector that history['beta'] ends with' and 'or after max_iter iterations'
from scipy.optimize import minimize


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS from beta = 0 (see the statement).

    Like DESeq2, fall back to a general-purpose optimiser for the rare fits where IRLS
    has not converged after a fair number (5 or more) of iterations.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    converged = False

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
            converged = True
            break

    if not converged and max_iter >= 5:
        def nll(b):
            e = X @ b
            return np.sum(np.logaddexp(0.0, e) - y * e)

        def grad(b):
            return X.T @ (np.exp(-np.logaddexp(0.0, -(X @ b))) - y)

        beta = minimize(nll, beta, jac=grad, method='BFGS').x
    return beta, history
