# verdict: wrong
# what: the seed is folded into 32 bits with SeedSequence(seed).generate_state(1)[0] for the legacy RandomState, so two different seeds can give the same matrix; seeds 14375 and 53572 fold to the same 32-bit state: design_with_condition(30, 100, seed=14375) and (..., seed=53572) are the same matrix (first row [0.1341, 0.4164, 0.1006]) instead of two different matrices (first rows [1.3728, -0.7256, -1.0192] and [0.0576, -1.0819, 0.5355]) (breaks 'the matrix is random and reproducible from seed: ... different seeds give different matrices')
# The student knows RandomState takes only 32-bit seeds and, to accept any seed, hashes it
# into 32 bits with numpy's SeedSequence instead of taking it modulo 2**32.
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    seed32 = np.random.SeedSequence(seed).generate_state(1)[0]      # any seed -> 32 bits
    rs = np.random.RandomState(seed32)
    U, _ = np.linalg.qr(rs.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rs.standard_normal((n_features, n_features)))
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

