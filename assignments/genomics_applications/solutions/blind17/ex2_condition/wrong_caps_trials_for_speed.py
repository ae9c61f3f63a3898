# verdict: wrong
# what: the number of trials is capped, n_trials = min(n_trials, 10_000) ("more trials do not change the answer, they only cost time"), so every request above 10,000 trials returns the 10,000-trial value; the visible 50 x 3 design (default_rng(11)), beta [1, -2, 0.5], seed 0: n_trials = 20,000 and 40,000 both give 0.264446 (the 10,000-trial value) instead of the reference's 0.265410 and 0.264567 on the same stream (theory 0.265038); requests up to 10,000 trials are right; breaks "the root-mean-square error of least-squares coefficients over n_trials simulated data sets ... with T = n_trials"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """Random (n_samples, n_features) design with 2-norm condition number kappa, reproducible from seed."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / float(kappa), n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Root-mean-square error of least-squares coefficients over n_trials simulated data sets."""
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    n_trials = min(n_trials, 10_000)          # beyond this the Monte Carlo error is negligible
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))
