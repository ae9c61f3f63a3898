# verdict: correct
# what: Newton form beta + (X^T W X)^{-1} X^T (y - p) with p = (1 + tanh(eta/2)) / 2 and w = 1 / (4 cosh(eta/2)^2) (no 1 - p cancellation), X^T W X by einsum, the deviance from the hint, a while loop with an explicit counter.
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)          # a float64 copy, also for float32 input
    y = np.array(y, dtype=np.float64).ravel()
    n_features = X.shape[1]
    beta = np.zeros(n_features)
    history = {'beta': [beta.copy()], 'deviance': []}

    n_done = 0
    while n_done < max_iter:
        eta = X @ beta
        half = 0.5 * eta
        p_hat = 0.5 * (1.0 + np.tanh(half))
        with np.errstate(over='ignore'):
            w = 0.25 / np.cosh(half) ** 2       # = p (1 - p); cosh overflows to inf -> w = 0
        hess = np.einsum('i,ij,ik->jk', w, X, X)
        score = X.T @ (y - p_hat)
        step = np.linalg.solve(hess, score)
        beta_next = beta + step
        n_done += 1
        largest_change = float(np.abs(beta_next - beta).max())
        beta = beta_next
        eta_next = X @ beta
        history['beta'].append(np.array(beta, copy=True))
        history['deviance'].append(float(2.0 * (np.logaddexp(0.0, eta_next) - y * eta_next).sum()))
        if largest_change < tol:
            break
    return beta, history
