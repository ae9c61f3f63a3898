# verdict: wrong
# what: divides every column whose largest |entry| exceeds 1e3 by that value IN PLACE (X /= scale on the array np.asarray returned, i.e. the caller's float64 X) and converts the coefficients back; the fit is right but the caller's matrix is changed: with blind7's L (default_rng(5), 150 cells, X = [1, 1e6 x]) beta is [0.3264534, 8.3369074e-07] as it should be, but afterwards X[:, 1] has largest |entry| 1.0 (first entries -0.32978, -0.54462 instead of -801931.4, -1324359.0), a second call on the same array returns slope 2.0273 instead of 8.3369e-07, and a read-only X raises ValueError ('output array is read-only') instead of fitting; arrays without such a column are not touched; breaks "X is an (n, p) float array ... your function adds nothing and treats every column alike" and the format rules' "each must leave the session as it found it"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, p = X.shape
    # covariates in large units (raw counts, base pairs) make X'WX badly scaled: bring every
    # column above 1e3 to unit size first, and express the coefficients back in the original units
    scale = np.ones(p)
    big = np.abs(X).max(axis=0) > 1e3
    scale[big] = np.abs(X[:, big]).max(axis=0)
    if big.any():
        X /= scale

    beta = np.zeros(p)                  # coefficients of the rescaled columns
    history = {'beta': [beta / scale], 'deviance': []}
    for _ in range(max_iter):
        eta = X @ beta
        p_hat = np.exp(-np.logaddexp(0.0, -eta))
        w = p_hat * np.exp(-np.logaddexp(0.0, eta))
        beta_new = np.linalg.solve(X.T @ (w[:, None] * X), X.T @ (w * eta + (y - p_hat)))
        change = np.max(np.abs(beta_new / scale - beta / scale))   # in the original units
        beta = beta_new
        eta = X @ beta
        history['beta'].append(beta / scale)
        history['deviance'].append(float(2.0 * np.sum(np.logaddexp(0.0, eta) - y * eta)))
        if change < tol:
            break
    return history['beta'][-1], history
