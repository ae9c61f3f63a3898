# verdict: correct
# what: correct: Newton form beta + (X'WX)^-1 X'(y - p) with X'WX formed as A'A, A = sqrt(w) X, log p and log(1 - p) from np.logaddexp, the residual as y(1 - p) - (1 - y)p, an own float64 copy of X and y, a while loop with a counter; same iteration counts, history and deviances as the instructor on the ordinary inputs of blind16's README
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression by IRLS, written as Newton steps on the log-likelihood."""
    X = np.array(X, dtype=np.float64)              # an own float64 copy
    y = np.array(y, dtype=np.float64).reshape(-1)
    n_cells, n_coef = X.shape
    beta = np.zeros(n_coef)
    betas = [beta.copy()]
    deviances = []
    done = 0
    while done < max_iter:
        eta = X @ beta
        log_p = -np.logaddexp(0.0, -eta)           # log sigma(eta)
        log_q = -np.logaddexp(0.0, eta)            # log sigma(-eta) = log(1 - p)
        p, q = np.exp(log_p), np.exp(log_q)
        A = X * np.sqrt(p * q)[:, None]            # sqrt(W) X
        fisher = A.T @ A                           # X^T W X
        score = X.T @ (y * q - (1.0 - y) * p)      # X^T (y - p) without cancellation
        beta_next = beta + np.linalg.solve(fisher, score)
        largest_move = float(np.max(np.abs(beta_next - beta)))
        beta = beta_next
        done += 1
        betas.append(beta.copy())
        eta = X @ beta
        deviances.append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if largest_move < tol:
            break
    return beta, {'beta': betas, 'deviance': deviances}
