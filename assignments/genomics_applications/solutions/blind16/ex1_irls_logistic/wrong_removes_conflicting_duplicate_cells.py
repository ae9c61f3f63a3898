# verdict: wrong
# what: label-noise cleaning: cells whose covariate rows are identical but whose labels differ are left out of the fit; input: X = [1, treated] with 25 controls (10 ones) and 25 treated cells (18 ones): ValueError ('no cells left') instead of beta [-0.40546511, 1.34992672] after 5 iterations; the visible data plus copies of its first 5 cells with flipped labels: [-0.78702369, 1.58870431, -2.12127516] instead of [-0.72584931, 1.39286022, -1.94860458]; breaks 'y is an array of n zeros and ones' (every cell is a data point of the fit) and the update beta <- (X'WX)^-1 X'Wz over all n cells
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    # label-noise cleaning: cells with identical covariates but different labels
    # cannot both be right, so they are left out of the fit
    _, group = np.unique(X, axis=0, return_inverse=True)
    group = group.reshape(-1)
    n_groups = group.max() + 1
    ones = np.bincount(group, weights=y, minlength=n_groups)
    sizes = np.bincount(group, minlength=n_groups)
    conflicting = (ones > 0) & (ones < sizes)
    keep = ~conflicting[group]
    if not keep.any():
        raise ValueError("no cells left after removing conflicting labels")
    X, y = X[keep], y[keep]

    beta = np.zeros(X.shape[1])
    history = {'beta': [beta.copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * (1.0 - p_hat)
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta.copy())
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return beta, history
