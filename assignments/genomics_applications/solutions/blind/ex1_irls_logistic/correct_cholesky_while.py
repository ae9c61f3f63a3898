# verdict: correct
# what: while loop with an explicit iteration counter; the weighted normal equations are solved with a Cholesky factorisation (scipy.linalg.cho_factor / cho_solve); sigmoid via scipy.special.expit and the deviance from log-sigmoids
from scipy.linalg import cho_factor, cho_solve
from scipy.special import expit


def _log_sigmoid(t):
    return -np.logaddexp(0.0, -t)


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    n, p = X.shape

    beta = np.zeros(p)
    betas, deviances = [beta.copy()], []
    n_iter, converged = 0, False
    while n_iter < max_iter and not converged:
        eta = X @ beta
        mu = expit(eta)
        w = mu * (1.0 - mu)
        wz = w * eta + (y - mu)                    # W z, without dividing by a tiny w
        factor = cho_factor(X.T @ (X * w[:, None]))
        new_beta = cho_solve(factor, X.T @ wz)

        converged = bool(np.abs(new_beta - beta).max() < tol)
        beta = new_beta
        n_iter += 1

        eta = X @ beta
        betas.append(beta.copy())
        deviances.append(float(-2.0 * np.sum(y * _log_sigmoid(eta) + (1.0 - y) * _log_sigmoid(-eta))))

    return beta, {'beta': betas, 'deviance': deviances}
