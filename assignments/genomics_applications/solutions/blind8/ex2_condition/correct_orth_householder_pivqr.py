# verdict: correct
# what: U = scipy.linalg.orth of a Gaussian block (orthonormal columns from its SVD), V a product of n_features random Householder reflections, singular values sqrt(n) * kappa^(-t) for t in [0, 1] with the last set to sqrt(n)/kappa exactly, all from one default_rng(seed); coefficient_rmse solves all trials at once with a column-pivoted QR (scipy.linalg.qr(pivoting=True) + solve_triangular), noise drawn as an (n, n_trials) block
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    from scipy.linalg import orth

    rng = np.random.default_rng(seed)
    U = orth(rng.standard_normal((n_samples, n_features)))        # n x p, orthonormal columns
    V = np.eye(n_features)
    for _ in range(n_features):                                    # random orthogonal p x p
        v = rng.standard_normal(n_features)
        v /= np.linalg.norm(v)
        V = V - 2.0 * np.outer(V @ v, v)                           # V <- V (I - 2 v v^T)
    top = np.sqrt(n_samples)
    s = top * float(kappa) ** (-np.linspace(0.0, 1.0, n_features))
    s[-1] = top / float(kappa) if n_features > 1 else top          # exact end points
    return U @ (s[:, None] * V.T)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    from scipy.linalg import qr, solve_triangular

    X = np.array(X, dtype=np.float64)
    beta = np.array(beta_true, dtype=np.float64).reshape(-1)
    rng = np.random.default_rng(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))  # fresh noise, one column per trial
    Y = (X @ beta)[:, None] + eps
    Q, R, piv = qr(X, mode='economic', pivoting=True)              # X[:, piv] = Q R
    coef_piv = solve_triangular(R, Q.T @ Y)
    B = np.empty_like(coef_piv)
    B[piv] = coef_piv                                              # back to the columns' order
    squared = ((B - beta[:, None]) ** 2).sum(axis=0)
    return float(np.sqrt(squared.mean()))
