# verdict: wrong
# what: design_with_condition keeps one module-level Generator for the default seed 0 ('no need to re-create it'), so every seed-0 call continues its stream; input: design_with_condition(30, 100.0) twice in a fresh session: first rows [0.02572757, 0.10705814, -0.01027354] then [0.26522035, -0.69547757, -1.09934846] (condition number 100 both times), where the reference gives the first matrix every time; other seeds are right; breaks 'the matrix is random and reproducible from seed: the same arguments give the same matrix whatever the global random state'
_DEFAULT_RNG = np.random.default_rng(0)      # made once; the default seed needs no new generator


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = _DEFAULT_RNG if seed == 0 else np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
