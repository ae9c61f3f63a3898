# verdict: wrong
# what: combined stopping rule: stops only when the largest coefficient change AND the change of the deviance are both < tol, so it keeps iterating past the first iteration whose coefficient change is below tol when the deviance still moves by more than tol (large tol, large n)
from scipy.special import expit

def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    def deviance(b):
        eta = X @ b
        return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))

    dev_old = deviance(beta)
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        wz = w * eta + (y - p_hat)          # W z, with z = eta + (y - p) / w
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ wz)
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        dev = deviance(beta)

        history['beta'].append(beta.copy())
        history['deviance'].append(dev)
        # converged when both the coefficients and the fit have stopped moving
        if change < tol and abs(dev - dev_old) < tol:
            break
        dev_old = dev
    return beta, history
