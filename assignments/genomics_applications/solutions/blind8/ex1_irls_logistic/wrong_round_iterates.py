# verdict: wrong
# what: rounds every new coefficient vector to 12 decimals "so last-bit noise cannot fool the stopping test"; with a covariate in large units the coefficients are ~1e-9 and keep only a few significant digits (X = [1, 1e9 x], 150 cells: slope 8.3369e-10 returned as 8.34e-10, 3.7e-4 relative, and the score X^T (y - p) of the returned beta is -7e6 instead of 0); breaks "Return beta as the coefficients after the last iteration" (the IRLS iterates, not rounded ones)
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, p = X.shape
    beta = np.zeros(p)
    history = {'beta': [beta.copy()], 'deviance': []}

    for it in range(max_iter):
        eta = X @ beta
        p_hat = 1.0 / (1.0 + np.exp(-np.clip(eta, -700, 700)))
        q_hat = 1.0 / (1.0 + np.exp(np.clip(eta, -700, 700)))     # 1 - p, computed as sigmoid(-eta)
        w = p_hat * q_hat
        lhs = X.T @ (w[:, None] * X)
        rhs = X.T @ (w * eta + (y - p_hat))
        # round away floating-point noise in the last digits, so that the
        # stopping test compares "real" changes only
        new_beta = np.round(np.linalg.solve(lhs, rhs), 12)

        change = np.max(np.abs(new_beta - beta))
        beta = new_beta
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break

    return beta, history
