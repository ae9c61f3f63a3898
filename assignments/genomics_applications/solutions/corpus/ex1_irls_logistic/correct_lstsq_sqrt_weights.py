# verdict: correct
# what: each IRLS step as an ordinary least-squares problem on sqrt(w)-scaled rows, solved with np.linalg.lstsq; stable deviance via np.logaddexp; 1 - p as sigmoid(-eta)
def _sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def _binomial_deviance(X, y, beta):
    eta = X @ beta
    # -2 * loglik = 2 * sum(log(1 + e^eta) - y * eta) for 0/1 responses
    return float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    beta = np.zeros(X.shape[1])
    betas = [beta.copy()]
    deviances = []
    it = 0
    while it < max_iter:
        eta = X @ beta
        p = _sigmoid(eta)
        q = _sigmoid(-eta)              # 1 - p without cancellation
        w = p * q
        resid = y * q - (1 - y) * p    # y - p, exact when p rounds to 1
        z = eta + resid / w
        sw = np.sqrt(w)
        new_beta, *_ = np.linalg.lstsq(sw[:, None] * X, sw * z, rcond=None)
        step = np.abs(new_beta - beta).max()
        beta = new_beta
        betas.append(beta.copy())
        deviances.append(_binomial_deviance(X, y, beta))
        it += 1
        if step < tol:
            break
    return beta, {'beta': betas, 'deviance': deviances}
