# verdict: wrong
# what: the y > 0 mask is applied to the whole deviance term, so zero counts also lose their -(y - mu) = +mu part; breaks "the Poisson deviance ... D = 2 sum_j [ y_j log(y_j/mu_j) - (y_j - mu_j) ] with mu = e^{X beta} and 0 log 0 = 0"
# feedback: deviance
def irls_poisson(X, y, max_iter=25, tol=1e-8):
    """Poisson regression y ~ Poisson(exp(X @ beta)) by IRLS, started as R's glm.fit does."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)

    def deviance(b):
        mu = np.exp(X @ b)
        pos = y > 0                    # 0 log 0 = 0: keep only the positive counts
        yp, mp = y[pos], mu[pos]
        return float(2.0 * np.sum(yp * np.log(yp / mp) - (yp - mp)))

    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        mu = np.exp(eta)
        beta_new = np.linalg.solve(X.T @ (mu[:, None] * X), X.T @ (mu * eta + (y - mu)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        if change < tol:
            break
    return beta, history
