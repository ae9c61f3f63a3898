# verdict: correct
# what: U by (re-orthogonalised) modified Gram-Schmidt on a Gaussian (well conditioned, so exact to rounding), V from scipy's QR, singular values kappa**(-t) for t in [0, 1] with the ends exact; rmse by the least-squares fits V diag(1/s) U^T y from one thin SVD of X, trials drawn row-wise as (n_trials, n)
import scipy.linalg as _sla


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    G = gen.standard_normal((n_samples, n_features))
    U = np.empty_like(G)
    for j in range(n_features):                 # modified Gram-Schmidt, twice for safety
        v = G[:, j].copy()
        for _ in range(2):
            for i in range(j):
                v -= (U[:, i] @ v) * U[:, i]
        U[:, j] = v / np.linalg.norm(v)
    V = _sla.qr(gen.standard_normal((n_features, n_features)))[0]
    t = np.linspace(0.0, 1.0, n_features)
    s = np.sqrt(n_samples) * float(kappa) ** (-t)
    s[0], s[-1] = np.sqrt(n_samples), np.sqrt(n_samples) / kappa
    if n_features == 1:
        s[:] = np.sqrt(n_samples)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64).ravel()
    gen = np.random.default_rng(seed)
    eps = noise_sd * gen.standard_normal((n_trials, X.shape[0]))     # row t = trial t
    U, s, Vt = np.linalg.svd(X, full_matrices=False)                 # X = U diag(s) V^T
    Y = X @ b + eps                                                  # row t = y of trial t
    B_hat = ((Y @ U) / s) @ Vt                                       # least squares, no singular value dropped
    err = B_hat - b                                                  # one row per trial
    total = 0.0
    for row in err:
        total += float(row @ row)
    return float(np.sqrt(total / n_trials))
