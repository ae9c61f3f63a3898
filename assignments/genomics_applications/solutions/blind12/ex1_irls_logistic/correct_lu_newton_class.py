# verdict: correct
# what: correct: a small state class whose step() does one Newton/IRLS update beta + (X'WX)^-1 X'(y - p), with X'WX factorised by scipy.linalg.lu_factor / lu_solve; p and 1 - p from scipy.special.expit of +eta and -eta, the residual y - p written as y(1 - p) - (1 - y)p, the deviance as 2 sum logaddexp(0, -s eta) with s = 2y - 1 in float64; a plain for loop over range(int(max_iter)) that breaks after the first change below tol
import scipy.linalg
import scipy.special


class _LogisticIRLS:
    """The state of one IRLS run: design, response and the current coefficients."""

    def __init__(self, X, y):
        self.X = np.array(X, dtype=np.float64)           # always a float64 copy
        self.y = np.array(y, dtype=np.float64)
        self.sign = 2.0 * self.y - 1.0                     # +1 / -1, computed in float64
        self.beta = np.zeros(self.X.shape[1])

    def deviance(self):
        eta = self.X @ self.beta
        return float(2.0 * np.sum(np.logaddexp(0.0, -self.sign * eta)))

    def step(self):
        """One Newton step; returns the largest absolute coefficient change."""
        eta = self.X @ self.beta
        p = scipy.special.expit(eta)
        q = scipy.special.expit(-eta)                      # 1 - p without cancellation
        w = p * q
        hess = (self.X * w[:, None]).T @ self.X
        score = self.X.T @ (self.y * q - (1.0 - self.y) * p)
        delta = scipy.linalg.lu_solve(scipy.linalg.lu_factor(hess), score)
        self.beta = self.beta + delta
        return float(np.max(np.abs(delta)))


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    state = _LogisticIRLS(X, y)
    betas = [state.beta.copy()]
    deviances = []
    for _ in range(int(max_iter)):
        change = state.step()
        betas.append(state.beta.copy())
        deviances.append(state.deviance())
        if change < tol:
            break
    return betas[-1].copy(), {'beta': betas, 'deviance': deviances}
