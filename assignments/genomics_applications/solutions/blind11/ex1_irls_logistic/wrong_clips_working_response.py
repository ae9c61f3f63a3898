# verdict: wrong
# what: clips the working response z = eta + (y - p)/w to [-1e8, 1e8] (a guard against far-out cells), which silences a misclassified cell once |eta| > 18.4: blind5's G (rng = default_rng(3), 2000 cells x ~ U(-1, 1), y ~ Bernoulli(sigmoid(3 x)), plus x = 20 with y = 0; X = [1, x]): 7 iterations, beta [0.0725269, 2.87516883], last deviance 2010.96815 instead of 6, [0.0634989, 2.59424469], 2005.20696 (no such cell: identical); breaks "beta <- (X^T W X)^{-1} X^T W z" and "Your function must return the same iterates and finite deviances there" (|eta| past 40)
from scipy.special import expit


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * expit(-eta)
        z = eta + (y - p_hat) / w
        z = np.clip(z, -1e8, 1e8)          # the working response explodes for far-out cells: keep it finite
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * z))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
