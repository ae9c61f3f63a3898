# verdict: wrong
# what: numpy errors are raised inside the loop (np.errstate(all='raise'), including underflow), so a cell whose |eta| passes about 708 (where exp(-|eta|) becomes subnormal: underflow) raises FloatingPointError; x = r_[default_rng(1).standard_normal(200), 283.0], X = [1, x], y = r_[(default_rng(2).uniform(size=200) < sigmoid(1 + 2 x[:200])), 1] (the fitted eta of the last cell reaches 709.7): FloatingPointError ('underflow encountered in logaddexp') instead of 9 iterations to [0.91784743, 2.50439899] with deviance 165.8757793 (breaks 'Allowed data include cells far from the boundary ... Your function must return the same iterates and finite deviances there')
# The student wants any numerical problem to fail loudly rather than silently, and
# wraps the whole computation in np.errstate(all='raise') (a context, so no global change).
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    with np.errstate(all='raise'):          # fail loudly on any floating-point problem
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
