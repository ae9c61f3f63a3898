# verdict: correct
# what: Newton's method on the NLL, beta + (X' W X)^-1 X'(y - mu), with the first step's mu = y + 0.1 and its change measured from the lstsq start; Cholesky solve via scipy
import scipy.linalg


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, float)
    y = np.asarray(y, float)
    eta = np.log(y + 0.1)
    beta0 = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta0.copy()], 'deviance': []}
    beta = beta0
    for k in range(max_iter):
        mu = np.exp(eta)
        H = X.T @ (X * mu[:, None])
        # at step 1 eta is not X @ beta0: the Newton step is taken from the working response's fit
        rhs = X.T @ (mu * eta + (y - mu))
        new_beta = scipy.linalg.cho_solve(scipy.linalg.cho_factor(H), rhs)
        step = np.max(np.abs(new_beta - beta))
        beta = new_beta
        eta = X @ beta
        mu = np.exp(eta)
        with np.errstate(divide='ignore', invalid='ignore'):
            terms = np.where(y > 0, y * np.log(y / mu), 0.0)
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2 * np.sum(terms - (y - mu))))
        if step < tol:
            break
    return beta, history
