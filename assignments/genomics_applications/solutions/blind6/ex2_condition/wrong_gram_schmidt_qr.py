# verdict: wrong
# what: the least-squares fits use a hand-written classical Gram-Schmidt QR of X, which loses orthogonality like kappa^2 eps, so for badly conditioned X (kappa 1e8 ... 1e10) the "fit" is not the least-squares fit; breaks "it may be badly conditioned, up to kappa(X) = 1e10 ..., and the fit must be the least-squares fit there too: use a method that does not square kappa (lstsq, QR, ...)"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))   # orthonormal columns
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))  # orthogonal
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T


def _gram_schmidt(A):
    """Thin QR by classical Gram-Schmidt."""
    n, p = A.shape
    Q = np.zeros((n, p))
    R = np.zeros((p, p))
    for j in range(p):
        v = A[:, j].copy()
        R[:j, j] = Q[:, :j].T @ A[:, j]
        v -= Q[:, :j] @ R[:j, j]
        R[j, j] = np.linalg.norm(v)
        Q[:, j] = v / R[j, j]
    return Q, R


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    Q, R = _gram_schmidt(X)                      # X = QR, no normal equations
    B_hat = np.linalg.solve(R, Q.T @ Y)          # R beta = Q^T y for every trial
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    return float(np.sqrt(np.mean(sq_err)))
