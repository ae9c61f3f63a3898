# verdict: wrong
# what: with n_features == 1 the design is a column of ones (condition number 1 whatever it is), the same for every seed; design_with_condition(10, 1, n_features=1, seed=0) and seed=1 are both ones((10, 1)) instead of two different random columns (first entries -0.1685 and -0.5171) (breaks 'the matrix is random and reproducible from seed: ... different seeds give different matrices')
# The student reasons that a single column always has condition number 1, so any column
# will do, and returns the simplest one.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    if n_features == 1:
        return np.ones((n_samples, 1))          # one column: the condition number is always 1
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T

def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

