# verdict: correct
# what: design from the SVD of a Gaussian matrix with linearly spaced singular values from np.random.default_rng(seed); rmse by a per-trial loop solving each least-squares problem with a reduced QR factorisation computed once
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa."""
    gen = np.random.default_rng(seed)
    G = gen.normal(size=(n_samples, n_features))
    left, _, right_t = np.linalg.svd(G, full_matrices=False)
    top = np.sqrt(n_samples)
    sing = np.linspace(top, top / kappa, n_features)
    return left @ np.diag(sing) @ right_t


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64).ravel()
    gen = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)                 # reduced: Q (n, p), R (p, p)
    signal = X @ b
    total = 0.0
    for _ in range(n_trials):
        eps = noise_sd * gen.standard_normal(X.shape[0])
        y = signal + eps
        b_hat = np.linalg.solve(R, Q.T @ y)
        total += float(np.dot(b_hat - b, b_hat - b))
    return float(np.sqrt(total / n_trials))
