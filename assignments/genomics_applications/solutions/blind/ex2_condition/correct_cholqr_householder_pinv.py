# verdict: correct
# what: orthonormal U by Cholesky whitening of a Gaussian matrix done twice (CholeskyQR2), V a random Householder reflection, singular values s_max * kappa^(-t) for t in linspace(0, 1, p); rmse via one pseudo-inverse applied to all simulated responses
def _orthonormal_columns(G):
    """G (L^T)^-1 with L L^T = G^T G has orthonormal columns; a second pass fixes rounding."""
    for _ in range(2):
        L = np.linalg.cholesky(G.T @ G)
        G = np.linalg.solve(L, G.T).T
    return G


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = _orthonormal_columns(rng.standard_normal((n_samples, n_features)))
    v = rng.standard_normal(n_features)
    V = np.eye(n_features) - 2.0 * np.outer(v, v) / (v @ v)     # orthogonal (a reflection)
    s = np.sqrt(n_samples) * float(kappa) ** (-np.linspace(0.0, 1.0, n_features))
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float).ravel()
    rng = np.random.default_rng(seed)
    n = X.shape[0]
    Y = np.outer(X @ beta_true, np.ones(n_trials)) + noise_sd * rng.standard_normal((n, n_trials))
    beta_hats = np.linalg.pinv(X) @ Y                 # least-squares fit of every column of Y
    squared = ((beta_hats - beta_true[:, None]) ** 2).sum(axis=0)
    return float(np.sqrt(squared.mean()))
