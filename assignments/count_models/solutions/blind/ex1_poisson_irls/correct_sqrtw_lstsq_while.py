# verdict: correct
# what: each IRLS step as the least-squares fit of sqrt(w) z on sqrt(w) X (np.linalg.lstsq), a while loop with an explicit counter, the deviance with scipy.special.xlogy
from scipy.special import xlogy


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    A = np.array(X, dtype=np.float64)          # private float64 copies
    counts = np.array(y, dtype=np.float64)

    eta = np.log(counts + 0.1)
    coef = np.linalg.lstsq(A, eta, rcond=None)[0]
    betas, deviances = [coef.copy()], []

    k, converged = 0, False
    while k < max_iter and not converged:
        mu = np.exp(eta)
        root_w = np.sqrt(mu)
        z = eta + (counts - mu) / mu
        new = np.linalg.lstsq(root_w[:, None] * A, root_w * z, rcond=None)[0]
        converged = bool(np.abs(new - coef).max() < tol)
        coef = new
        eta = A @ coef
        fitted = np.exp(eta)
        deviances.append(float(2.0 * np.sum(xlogy(counts, counts / fitted) - (counts - fitted))))
        betas.append(coef.copy())
        k += 1
    return coef, {'beta': betas, 'deviance': deviances}
