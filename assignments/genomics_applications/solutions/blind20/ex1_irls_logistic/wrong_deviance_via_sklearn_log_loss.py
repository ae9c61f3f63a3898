# verdict: wrong
# what: the deviance as 2 * sklearn.metrics.log_loss(y, p, normalize=False, labels=[0, 1]), which clips p to [eps, 1 - eps] (eps of float64), so a misclassified cell with eta past about 36 counts -log(eps) = 36.04 instead of eta; x = default_rng(0).standard_normal(400), y ~ Bernoulli(sigmoid(4x)) (same generator), plus a cell x = 30 with y = 0, X = [1, x] (the far cell ends at eta 53.3): last deviance 357.5943 instead of 392.0741 (second entry 397.3128 instead of 401.0991); iterates right; breaks "history['deviance']: ... the binomial deviance at that iteration's new coefficients ... D(beta) = 2 sum[log(1 + e^eta) - y eta]"
# A student who reuses the familiar scikit-learn loss ("log loss is the negative log-likelihood").
from sklearn.metrics import log_loss


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
        p_new = np.exp(-np.logaddexp(0.0, -(X @ beta)))
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * log_loss(y, p_new, normalize=False, labels=[0, 1])))
        if change < tol:
            break
    return beta, history
