# verdict: correct
# what: Newton form beta + (X'WX)^-1 X'(y - p) written as a generator of iterates consumed with itertools.islice(max_iter); log-sigmoids from np.logaddexp, the weight as exp(log p + log(1 - p)), the step solved by scipy.linalg.solve(assume_a='pos'); stops on max |change| < tol
import itertools
import scipy.linalg


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)

    def iterates(beta):
        while True:
            eta = X @ beta
            log_p = -np.logaddexp(0.0, -eta)          # log sigmoid(eta)
            log_q = -np.logaddexp(0.0, eta)           # log sigmoid(-eta) = log(1 - p)
            w = np.exp(log_p + log_q)
            H = (X * w[:, None]).T @ X
            g = X.T @ (y - np.exp(log_p))
            beta = beta + scipy.linalg.solve(H, g, assume_a='pos')
            yield beta

    start = np.zeros(X.shape[1])
    betas, devs = [start.copy()], []
    for b in itertools.islice(iterates(start), int(max_iter)):
        e = X @ b
        betas.append(np.array(b, copy=True))
        devs.append(float(2.0 * (np.logaddexp(0.0, e).sum() - y @ e)))
        if np.abs(betas[-1] - betas[-2]).max() < tol:
            break
    return betas[-1].copy(), {'beta': betas, 'deviance': devs}
