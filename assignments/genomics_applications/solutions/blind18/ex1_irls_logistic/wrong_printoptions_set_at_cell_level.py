# verdict: wrong
# what: np.set_printoptions(precision=4, suppress=True) at the top of the solution cell (to print the history readably); after the cell runs, np.get_printoptions() has precision 4 and suppress True instead of 8 and False, so the caller's print(np.array([1.23456789e-7, 3.14159265])) shows [0. 3.1416]; the fit is right; breaks the format rules' "each must leave the session as it found it, and so must your solution cell itself when it runs (its top-level lines). Numpy's ... print options (use with np.printoptions(...))"
np.set_printoptions(precision=4, suppress=True)   # readable coefficient vectors when printing the history


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
