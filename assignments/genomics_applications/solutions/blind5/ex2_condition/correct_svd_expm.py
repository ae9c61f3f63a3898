# verdict: correct
# what: U from the thin SVD of a Gaussian matrix, V = expm(A - A^T) of a Gaussian A (a rotation), singular values sqrt(n) * kappa^(-k/(p-1)); the rmse from one thin SVD of X (beta_hat = V diag(1/s) U^T Y, no singular value dropped) with the noise drawn as (n_trials, n) and transposed.
import scipy.linalg


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    G = gen.standard_normal((n_samples, n_features))
    U = np.linalg.svd(G, full_matrices=False)[0]            # orthonormal columns
    A = gen.standard_normal((n_features, n_features))
    V = scipy.linalg.expm(A - A.T)                           # exp of a skew-symmetric matrix: orthogonal
    if n_features == 1:
        sv = np.array([np.sqrt(n_samples)])
    else:
        k = np.arange(n_features)
        sv = np.sqrt(n_samples) * float(kappa) ** (-k / (n_features - 1))
        sv[-1] = np.sqrt(n_samples) / kappa                  # exact end point
    return U @ np.diag(sv) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=np.float64)
    b = np.array(beta_true, dtype=np.float64)
    gen = np.random.default_rng(seed)
    E = noise_sd * gen.standard_normal((n_trials, X.shape[0])).T    # column t = noise of trial t
    Y = (X @ b)[:, np.newaxis] + E
    U, sv, Vt = np.linalg.svd(X, full_matrices=False)
    B = Vt.T @ ((U.T @ Y) / sv[:, np.newaxis])
    err2 = ((B - b[:, np.newaxis]) ** 2).sum(axis=0)
    return float(np.sqrt(err2.mean()))
