# verdict: wrong
# what: the solution cell enters np.errstate(over='ignore') at top level with __enter__() and never leaves it, so after the cell np.geterr()['over'] is 'ignore' (was 'warn'); the fit itself is right (breaks the format rule 'Numpy's floating-point error handling ... (use with np.errstate(...), not np.seterr) ... are the caller's', for the solution cell itself)
# The student wants the overflow warnings of np.exp silenced for the whole notebook
# and, told not to use np.seterr, 'opens' an errstate context once at the top of the cell.
_quiet_overflow = np.errstate(over='ignore')
_quiet_overflow.__enter__()        # stays active for the rest of the notebook


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        q_hat = np.exp(-np.logaddexp(0.0, eta))
        w = p_hat * q_hat
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
