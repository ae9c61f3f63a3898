# verdict: wrong
# what: design_with_condition draws from np.random.RandomState(seed % 2**32) (RandomState refuses seeds of 2**32 and more, so the seed is reduced modulo 2**32), so seeds s and s + 2**32 give the same matrix; breaks "different seeds give different matrices" (and "draw every random number from a generator made from seed")
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rs = np.random.RandomState(seed % 2**32)      # RandomState only takes seeds below 2**32
    U, _ = np.linalg.qr(rs.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rs.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
