# verdict: wrong
# what: the deviance as -2 * sum(scipy.stats.bernoulli.logpmf(y, expit(eta))): right for correctly classified far cells (xlogy handles 0 log 0) but inf for a misclassified cell whose eta passes about 37 (p rounds to exactly 1); x = default_rng(0).standard_normal(400), y ~ Bernoulli(sigmoid(4x)) (same generator), plus a cell x = 30 with y = 0, X = [1, x] (the far cell ends at eta 53.3): deviances [478.0964, inf, inf, ...] (last inf) instead of [478.0964, 401.0991, 392.3541, ...] (last 392.0741); iterates right; breaks "Your function must return the same iterates and finite deviances there: ... the deviance as in the hint"
# A student who knows scipy.stats and trusts its log-pmf to be "numerically careful".
from scipy.special import expit
from scipy.stats import bernoulli


def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = expit(eta)
        w = p_hat * expit(-eta)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        p_new = expit(X @ beta)
        history['beta'].append(beta.copy())
        history['deviance'].append(float(-2.0 * np.sum(bernoulli.logpmf(y, p_new))))
        if change < tol:
            break
    return beta, history
