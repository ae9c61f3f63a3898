# verdict: correct
# what: each IRLS update solved as the weighted least-squares problem min ||sqrt(w) (X beta - z)|| by a QR factorisation of sqrt(w) X (never forming X^T W X); sqrt(w) and the weighted working response sqrt(w) eta + (y - p) / sqrt(w) computed from log-sigmoids, so nothing over- or underflows for |eta| far beyond 40; deviance from np.logaddexp
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.array(X, dtype=np.float64)          # float32 in, float64 out
    y = np.array(y, dtype=np.float64)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}

    n_done = 0
    while n_done < max_iter:
        eta = X @ beta
        log_p = -np.logaddexp(0.0, -eta)                 # log sigmoid(eta)
        log_q = -np.logaddexp(0.0, eta)                  # log (1 - sigmoid(eta)) = log sigmoid(-eta)
        sqrt_w = np.exp(0.5 * (log_p + log_q))           # sqrt(p (1 - p))
        # sqrt(w) z = sqrt(w) eta + (y - p) / sqrt(w)
        rhs = sqrt_w * eta + (y - np.exp(log_p)) / sqrt_w
        Q, R = np.linalg.qr(sqrt_w[:, None] * X)
        beta_next = np.linalg.solve(R, Q.T @ rhs)        # R is p x p upper triangular
        n_done += 1

        largest_change = float(np.abs(beta_next - beta).max())
        beta = beta_next
        eta = X @ beta
        history['beta'].append(np.copy(beta))
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if largest_change < tol:
            break

    return beta, history
