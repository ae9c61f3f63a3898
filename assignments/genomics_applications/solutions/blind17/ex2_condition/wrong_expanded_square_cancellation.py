# verdict: wrong
# what: the mean squared error is expanded as mean ||b||^2 - 2 beta.mean(b) + ||beta||^2 ("saves forming the error matrix"), clipped at 0 before the square root; the three terms are each about ||beta_true||^2 and cancel, so when the noise is small next to beta_true the result is rounding noise; the visible 50 x 3 design (default_rng(11)), beta [1, -2, 0.5], noise_sd = 1e-8, 500 trials, seed 0 gives 4.2147e-08 instead of 2.6769e-09 (noise_sd = 1e-7: 2.9802e-08 instead of 2.6769e-08; 1e-6: 2.6656e-07 instead of 2.6769e-07), and beta_true = 1e8 * [1, -2, 0.5] with noise_sd = 1 gives 4.0 instead of 0.26769; breaks "rmse = sqrt((1/T) sum_t ||beta_hat(t) - beta_true||^2)" on the allowed inputs beta_true and noise_sd (any sizes)
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
    rng = np.random.default_rng(seed)
    Y = (X @ beta)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    # E||b - beta||^2 = E||b||^2 - 2 beta.E[b] + ||beta||^2, without forming the error matrix
    mse = np.mean(np.sum(B ** 2, axis=0)) - 2.0 * np.mean(beta @ B) + beta @ beta
    return float(np.sqrt(max(mse, 0.0)))
