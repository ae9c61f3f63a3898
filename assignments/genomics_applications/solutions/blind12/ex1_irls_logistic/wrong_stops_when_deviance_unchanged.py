# verdict: wrong
# what: also stops as soon as the new deviance equals the previous one exactly ("the fit cannot improve any more"), a second stopping rule on the deviance: on the visible data (seed 2024) with tol=1e-12 it stops after 6 iterations, whose change is 6.46e-9 >= tol (the deviance 179.2466617589003 repeats at rounding level), instead of 7; blind9's N (1500 cells, default_rng(12)) with tol=1e-12: 5 iterations instead of 6; blind6's S: 10 instead of 11; at the default tol the two rules coincide on these data; breaks "compute the change max_k |beta_new_k - beta_old_k| (... not a change of the deviance); stop right after the first iteration where this change is < tol"
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
        deviance = float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta))
        unchanged = bool(history['deviance']) and deviance == history['deviance'][-1]
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)
        if change < tol or unchanged:      # the fit cannot improve any more: converged
            break
    return beta, history
