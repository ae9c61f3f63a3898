# verdict: correct
# what: each step as ordinary least squares on sqrt(mu)-scaled rows (np.linalg.lstsq), the working response divided literally by mu, deviance with scipy.special.xlogy
from scipy.special import xlogy


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    betas, devs = [beta.copy()], []
    it = 0
    while it < max_iter:
        it += 1
        mu = np.exp(eta)
        z = eta + (y - mu) / mu
        sw = np.sqrt(mu)
        new = np.linalg.lstsq(X * sw[:, None], z * sw, rcond=None)[0]
        done = np.abs(new - beta).max() < tol
        beta = new
        eta = X @ beta
        betas.append(beta.copy())
        devs.append(float(2.0 * np.sum(xlogy(y, y / np.exp(eta)) - (y - np.exp(eta)))))
        if done:
            break
    return beta, {'beta': betas, 'deviance': devs}
