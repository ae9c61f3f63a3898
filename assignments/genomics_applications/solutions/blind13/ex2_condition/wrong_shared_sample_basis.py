# verdict: wrong
# what: "common random numbers": U comes from np.random.default_rng(12345) for every design and only V from seed: design_with_condition(10, 1.0, n_features=1, seed=s) is the same matrix for s = 1, 2, 3 (first entries [-1.342989, 1.19198172, -0.82123091]; for one column V is [[1]] whatever the seed), where the reference gives [-0.51710897, -1.22941421, -0.49444385] for seed 1 and [-0.17201655, 0.47564017, 0.37583969] for seed 2; with 3 columns the designs of seeds 5 and 6 span the same column space; breaks "the matrix is random and reproducible from seed ... different seeds give different matrices. So draw every random number from a generator made from seed"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    # common random numbers: every design of a given size shares the same sample basis U,
    # so designs differ only through kappa and the rotation V drawn from seed
    U, _ = np.linalg.qr(np.random.default_rng(12345).standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(np.random.default_rng(seed).standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))    # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
