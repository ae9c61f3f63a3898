# verdict: correct
# what: correct: U and V from np.linalg.qr with the signs of R's diagonal fixed, singular values sqrt(n) * np.logspace(0, -log10(kappa), p); coefficient_rmse from one thin SVD of X and the linearity of least squares (beta_hat - beta_true = V diag(1/s) U' noise), so only the noise is fitted; agrees with reference on ordinary and edge inputs (see README)
# A student who noticed that the error of a least-squares fit depends only on the noise.


def _orthonormal(rng, n, p):
    Q, R = np.linalg.qr(rng.standard_normal((n, p)))
    return Q * np.where(np.diag(R) < 0, -1.0, 1.0)


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = _orthonormal(rng, int(n_samples), int(n_features))
    V = _orthonormal(rng, int(n_features), int(n_features))
    s = np.sqrt(float(n_samples)) * np.logspace(0.0, -np.log10(float(kappa)), int(n_features))
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=np.float64)
    U, s, Vt = np.linalg.svd(X, full_matrices=False)
    rng = np.random.default_rng(seed)
    E = float(noise_sd) * rng.standard_normal((X.shape[0], int(n_trials)))
    errors = Vt.T @ ((U.T @ E) / s[:, None])          # beta_hat - beta_true, one column per trial
    return float(np.sqrt(np.mean(np.einsum('ij,ij->j', errors, errors))))
