# verdict: wrong
# what: when X has a column of ones it centres the other columns "for stability", runs IRLS on the centred design and maps each iterate back; the iterates agree, but the stopping test is applied to the centred-intercept coefficients, so with covariates whose means are far from 0 it stops at a different iteration than the largest change of the actual coefficients says
from scipy.special import expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape

    # centre the covariates when there is an intercept column (better conditioned X^T W X)
    is_ones = np.all(X == 1.0, axis=0)
    means = X.mean(axis=0)
    means[is_ones] = 0.0
    j0 = int(np.argmax(is_ones)) if is_ones.any() else None
    Xc = X - means if j0 is not None else X

    def original(bc):
        b = bc.copy()
        if j0 is not None:
            b[j0] = bc[j0] - means @ bc          # intercept on the uncentred scale
        return b

    beta_c = np.zeros(p)
    history = {'beta': [original(beta_c)], 'deviance': []}
    for _ in range(max_iter):
        eta = Xc @ beta_c
        p_hat = expit(eta)
        w = p_hat * (1.0 - p_hat)
        new = np.linalg.solve(Xc.T @ (w[:, None] * Xc), Xc.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(new - beta_c))
        beta_c = new

        eta = Xc @ beta_c
        history['beta'].append(original(beta_c))
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return history['beta'][-1].copy(), history
