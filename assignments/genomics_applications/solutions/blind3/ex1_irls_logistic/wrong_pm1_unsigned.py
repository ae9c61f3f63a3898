# verdict: wrong
# what: the deviance uses the +-1 coding s = 2*y - 1 computed in y's own dtype, which wraps around to 255 for unsigned-integer responses (np.uint8 zeros), so history['deviance'] is wrong for such y; breaks "y is an array of n zeros and ones (floats or integers)" together with the deviance definition D = 2 sum[log(1 + e^eta) - y eta]
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    sign = 2 * y - 1                       # +1 for class 1, -1 for class 0
    yf = y.astype(float)

    def deviance(b):
        # -2 log L = 2 sum log(1 + exp(-s eta))
        return float(2.0 * np.sum(np.logaddexp(0.0, -sign * (X @ b))))

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (yf - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        history['beta'].append(beta.copy())
        history['deviance'].append(deviance(beta))
        if change < tol:
            break
    return beta, history
