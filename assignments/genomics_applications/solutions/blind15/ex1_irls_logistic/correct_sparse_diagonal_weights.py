# verdict: correct
# what: correct: W kept as a scipy.sparse diagonal matrix (O(n) memory) so the update is written literally as (X'WX)^-1 X'Wz with Wz = w eta + (y - p); p and 1 - p from scipy.special.expit of +eta and -eta; the deviance from scipy.special.log_expit of +-eta; a while loop with an explicit iteration counter
import scipy.sparse as sp
from scipy.special import expit, log_expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression y ~ Bernoulli(sigmoid(X beta)) by IRLS from beta = 0."""
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    beta = np.zeros(X.shape[1], dtype=np.float64)
    betas, deviances = [beta.copy()], []

    k = 0
    while k < max_iter:
        k += 1
        eta = X @ beta
        p1, p0 = expit(eta), expit(-eta)           # P(y = 1) and P(y = 0), each without cancellation
        W = sp.diags(p1 * p0)                      # n x n, but only its diagonal is stored
        WX = W @ X
        Wz = W @ eta + (y - p1)                    # W z with z = eta + (y - p) / w, never dividing by w
        beta_new = np.linalg.solve(X.T @ WX, X.T @ Wz)

        largest_move = float(np.abs(beta_new - beta).max())
        beta = beta_new
        eta = X @ beta
        betas.append(beta.copy())
        deviances.append(float(-2.0 * np.sum(y * log_expit(eta) + (1.0 - y) * log_expit(-eta))))
        if largest_move < tol:
            break

    return beta, {'beta': betas, 'deviance': deviances}
