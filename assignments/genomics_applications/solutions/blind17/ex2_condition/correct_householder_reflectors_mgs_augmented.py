# verdict: correct
# what: correct: U is the thin Q of a product of n_features random Householder reflectors applied to the first columns of the identity (never forming an n x n matrix), V the same for p x p, singular values exp(linspace(0, -log kappa, p)) times sqrt(n) with the end points set exactly, all from one np.random.default_rng(seed); the rmse fits all trials by Björck's modified Gram-Schmidt on the augmented system (the right-hand sides are swept with the same projections as the columns, then one back substitution), which is backward stable without forming X'X; noise drawn as the reference does, so n_trials = 1 gives the reference's values
from scipy.linalg import solve_triangular


def _householder_frame(rng, n, k):
    """n x k matrix with orthonormal columns: H_1 ... H_k applied to I[:, :k], H_j = I - 2 v v'/v'v."""
    Q = np.eye(n, k)
    for _ in range(k):
        v = rng.standard_normal(n)
        Q -= np.outer(v, (2.0 / (v @ v)) * (v @ Q))
    return Q


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design U diag(s) V' whose 2-norm condition number is kappa."""
    kappa = float(kappa)
    rng = np.random.default_rng(seed)
    U = _householder_frame(rng, n_samples, n_features)
    V = _householder_frame(rng, n_features, n_features)
    s = np.exp(np.linspace(0.0, -np.log(kappa), n_features))
    s[0], s[-1] = 1.0, 1.0 / kappa                 # exact end points
    return (U * (np.sqrt(n_samples) * s)) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo rmse of least-squares coefficients; all trials solved by augmented MGS."""
    X = np.array(X, dtype=float)
    beta = np.array(beta_true, dtype=float)
    n, p = X.shape
    rng = np.random.default_rng(seed)
    Z = (X @ beta)[:, None] + noise_sd * rng.standard_normal((n, n_trials))   # one column per trial
    A = X.copy()
    R = np.zeros((p, p))
    rhs = np.zeros((p, n_trials))
    for j in range(p):                             # modified Gram-Schmidt on [X | Y]
        R[j, j] = np.linalg.norm(A[:, j])
        q = A[:, j] / R[j, j]
        R[j, j + 1:] = q @ A[:, j + 1:]
        A[:, j + 1:] -= np.outer(q, R[j, j + 1:])
        rhs[j] = q @ Z
        Z -= np.outer(q, rhs[j])
    B = solve_triangular(R, rhs)
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
