# verdict: wrong
# what: defines a top-level helper named `hessian` (the X'WX matrix) in the solution cell, which rebinds the notebook's `hessian` (torch.autograd.functional.hessian, imported in teach_imports); after the cell hessian(lambda v: (v ** 2).sum(), torch.ones(2)) raises AttributeError instead of returning [[2, 0], [0, 2]]; the fit itself is right; breaks "so must your solution cell itself when it runs (its top-level lines) ... the names of Python's modules and of the libraries ... are the caller's"
# The lesson calls X'WX "the Hessian", so the student names the helper after it, not noticing
# the notebook already uses that name for torch's function.


def hessian(X, w):
    """X^T W X, the (negative) Hessian of the log-likelihood, from the weight vector w."""
    return X.T @ (w[:, None] * X)


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(hessian(X, w), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
