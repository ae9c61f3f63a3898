# verdict: wrong
# what: sets X.flags.writeable = False on the array np.asarray returned, which for a float64 design is the caller's own array, so the caller cannot write into its design any more: on the visible 50 x 3 design (seed 11), beta [1, -2, 0.5], 200 trials, seed 0, it returns 0.26928 (its per-trial stream; reference 0.25441, both near theory 0.265), and afterwards the caller's X[0, 1] = 0.0 raises ValueError ('assignment destination is read-only') where it worked before the call; breaks the format rules' "Your functions are called many times, one after another, in one session: each must leave the session as it found it"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    X.flags.writeable = False          # the design must stay the same in every trial
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    total = 0.0
    for _ in range(n_trials):
        y = X @ beta_true + rng.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat = np.linalg.lstsq(X, y, rcond=None)[0]
        total += np.sum((beta_hat - beta_true) ** 2)
    return float(np.sqrt(total / n_trials))
