# verdict: wrong
# what: the solution cell calls np.random.seed(0) at top level 'so the notebook is reproducible', which resets the caller's global numpy random state when the cell runs; after np.random.seed(123); np.random.random(5), the caller's next np.random.random() is 0.5488135 (the first draw of seed 0) when the cell has run in between, instead of 0.4231065; the functions' values are right (breaks the format rule 'the global random generators (never reseed np.random, random or torch's unless the notebook's code does)', for the solution cell itself)
# feedback: global random generators \(numpy\).*reseeds
# The functions themselves use default_rng(seed) as asked; the extra line is a habit.
np.random.seed(0)      # reproducible notebook


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
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

