# verdict: correct
# what: correct: Newton form beta + d with R'R d = X'(y - p), R the triangular factor of sqrt(w) X from np.linalg.qr(mode='r') and two scipy solve_triangular calls; p and 1 - p as scipy.special.expit(+eta) and expit(-eta), w = p (1 - p) from them, the score from y(1 - p) - (1 - y)p, the deviance from np.logaddexp; an itertools.count loop with an explicit max_iter test; same iteration counts, history and deviances as the instructor on the ordinary inputs of the README
import itertools

from scipy.linalg import solve_triangular
from scipy.special import expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS (Newton steps), X'WX never formed: R from the QR of sqrt(w) X."""
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    n_cols = X.shape[1]
    beta = np.zeros(n_cols)
    betas = [beta.copy()]
    deviances = []

    for k in itertools.count():
        if k >= max_iter:
            break
        eta = X @ beta
        p, q = expit(eta), expit(-eta)                    # p and 1 - p, each without cancellation
        score = X.T @ (y * q - (1.0 - y) * p)             # X'(y - p)
        R = np.linalg.qr(np.sqrt(p * q)[:, None] * X, mode='r')
        d = solve_triangular(R, solve_triangular(R, score, trans='T'))   # (R'R)^-1 X'(y - p)
        beta_new = beta + d
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        betas.append(beta.copy())
        deviances.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, {'beta': betas, 'deviance': deviances}
