# verdict: wrong
# what: derives the generators of U and V from abs(hash(('U', seed))) and abs(hash(('V', seed))); a tuple holding a str hashes differently in every Python process (PYTHONHASHSEED), so the matrix is reproducible only within one session: design_with_condition(30, 100.0, seed=5) has first row [0.13692238, -0.01776353, 0.01294243] under PYTHONHASHSEED=1 and [0.01537076, -0.15214626, -0.04542107] under PYTHONHASHSEED=2 (reference: [0.1533758, 0.8189723, 0.29716037] in both); breaks "the matrix is random and **reproducible from seed**: the same arguments give the same matrix whatever the global random state"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    # two independent streams derived from seed, one for U and one for V
    rng_u = np.random.default_rng(abs(hash(('U', seed))))
    rng_v = np.random.default_rng(abs(hash(('V', seed))))
    U, _ = np.linalg.qr(rng_u.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng_v.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    B = np.linalg.lstsq(X, (X @ beta_true)[:, None] + noise, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
