# verdict: wrong
# what: the smallest singular value is taken as 1.0 / kappa without converting kappa to a Python float; under numpy 2's promotion rules (NEP 50) a numpy float32 kappa makes 1.0 / kappa a float32, so the end point of the singular values is rounded to 7 digits; design_with_condition(60, np.float32(250.0), seed=1) has condition number 249.99998813 (4.7e-8 off) and np.float32(7.5) gives 7.49999961 (5.2e-8 off), while the Python floats 250.0 and 7.5 give 250 and 7.5 to 1e-15, as the reference does for the numpy scalars; breaks "whose 2-norm condition number ... equals kappa up to rounding" and the format rules' "a parameter the statement calls a number ... may receive a numpy scalar ... and must give the same answer"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa, reproducible from seed."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s_min = 1.0 / kappa                                   # relative size of the smallest singular value
    s = np.sqrt(n_samples) * np.geomspace(1.0, s_min, n_features)
    return (U * s) @ V.T

def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Root-mean-square error of least-squares coefficients over n_trials simulated data sets."""
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))

