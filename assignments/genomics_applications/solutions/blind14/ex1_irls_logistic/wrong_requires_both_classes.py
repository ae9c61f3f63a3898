# verdict: wrong
# what: refuses a y that holds only one class (ValueError 'y must contain both classes'), although such data can be non-separable and have a finite MLE; input: blind8's X = [[1], [-2], [0.5], [-0.3]] (one column of both signs), y = zeros(4): ValueError instead of 4 iterations to beta [0.307071934] with deviance 5.42385707 (the reference fits it); breaks 'y is an array of n zeros and ones (floats or integers)' with the only assumption 'You may assume the two classes are not perfectly separable by X'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if not (np.any(y == 0) and np.any(y == 1)):
        raise ValueError("y must contain both classes (0 and 1) to fit a classifier")
    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p = np.exp(-np.logaddexp(0.0, -eta))
        w = p * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
