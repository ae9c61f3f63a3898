# verdict: wrong
# what: factorises X with scipy.linalg.qr(X, overwrite_a=True) "to save a copy"; for a Fortran-ordered float64 X (e.g. a transposed array Z.T) this overwrites the caller's matrix, so the next call on the same X simulates with a destroyed design; breaks "returns ... the root-mean-square error of least-squares coefficients" for the X given (and the same seed giving the same result).
import scipy.linalg


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Q, R = scipy.linalg.qr(X, mode='economic', overwrite_a=True)    # no copy of a big X
    B = scipy.linalg.solve_triangular(R, Q.T @ Y)
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
