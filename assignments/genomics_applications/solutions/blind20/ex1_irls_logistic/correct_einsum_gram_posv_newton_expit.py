# verdict: correct
# what: correct: X'WX by np.einsum, the update solved by scipy.linalg.solve(assume_a='pos') in the Newton form beta + (X'WX)^-1 X'(y - p), p and 1 - p from scipy.special.expit(eta) and expit(-eta), the deviance 2 sum(logaddexp(0, eta) - y eta), a for loop over range(max_iter) with break; agrees with reference.irls_logistic on ordinary and edge inputs (see README)
# A student who prefers the Newton form of the update and a symmetric positive definite solver.
import scipy.linalg
from scipy.special import expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(int(max_iter)):
        eta = X @ beta
        p = expit(eta)
        w = p * expit(-eta)
        gram = np.einsum('ij,i,ik->jk', X, w, X)
        step = scipy.linalg.solve(gram, X.T @ (y - p), assume_a='pos')
        new = beta + step
        change = float(np.max(np.abs(new - beta)))
        beta = new
        eta_new = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta_new) - y * eta_new)))
        if change < tol:
            break
    return beta, history
