# verdict: correct
# what: correct: all random numbers from np.random.Generator(np.random.Philox(seed)); U is the explicit Q of a hand-written Householder QR of a Gaussian block, V a random rotation from scipy.stats.special_ortho_group (the 1 x 1 identity for one column), singular values sqrt(n) * kappa**(-t) for t = linspace(0, 1, p) with both ends set exactly; the rmse fits the trials in chunks of at most 2048 right-hand sides with scipy.linalg.lstsq(lapack_driver='gelss') (an SVD solver that keeps every singular value above eps) and accumulates the squared errors
import scipy.linalg
import scipy.stats


def _householder_basis(A):
    """Orthonormal basis of the columns of A (n x p, n >= p) from Householder reflections."""
    R = np.array(A, dtype=float)
    n, p = R.shape
    reflectors = []
    for k in range(p):
        v = R[k:, k].copy()
        alpha = np.linalg.norm(v)
        v[0] += alpha if v[0] >= 0 else -alpha
        v /= np.linalg.norm(v)
        R[k:, k:] -= 2.0 * np.outer(v, v @ R[k:, k:])
        reflectors.append(v)
    Q = np.eye(n, p)
    for k in range(p - 1, -1, -1):
        v = reflectors[k]
        Q[k:, :] -= 2.0 * np.outer(v, v @ Q[k:, :])
    return Q


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.Generator(np.random.Philox(seed))
    U = _householder_basis(rng.standard_normal((n_samples, n_features)))
    if n_features == 1:
        V = np.ones((1, 1))
    else:
        V = scipy.stats.special_ortho_group.rvs(n_features, random_state=rng)
    t = np.linspace(0.0, 1.0, n_features)
    s = np.sqrt(n_samples) * float(kappa) ** (-t)
    s[0] = np.sqrt(n_samples)
    s[-1] = np.sqrt(n_samples) / float(kappa)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=float)
    beta_true = np.array(beta_true, dtype=float)
    rng = np.random.Generator(np.random.Philox(seed))
    signal = X @ beta_true
    total = 0.0
    done = 0
    while done < n_trials:
        k = min(2048, n_trials - done)
        Y = signal[:, None] + noise_sd * rng.standard_normal((X.shape[0], k))
        B = scipy.linalg.lstsq(X, Y, lapack_driver='gelss')[0]
        total += float(np.sum((B - beta_true[:, None]) ** 2))
        done += k
    return float(np.sqrt(total / n_trials))
