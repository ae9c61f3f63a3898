# verdict: wrong
# what: saves every design to .design_cache/design_n{n}_kappa{kappa}_seed{seed}.npy in the working directory and loads it back on a later call, with n_features missing from the key; input: design_with_condition(30, 100.0, n_features=3, seed=5), then design_with_condition(30, 100.0, n_features=5, seed=5): shape (30, 3) instead of (30, 5) (and the files stay in the caller's directory, also across sessions); breaks 'returns a float numpy array of shape (n_samples, n_features)' and the format rules' 'each must leave the session as it found it'
import os

_CACHE_DIR = '.design_cache'


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    # designs are saved on disk, so the same experiment gives the same matrix in
    # every session (and is not rebuilt)
    os.makedirs(_CACHE_DIR, exist_ok=True)
    path = os.path.join(_CACHE_DIR, f'design_n{int(n_samples)}_kappa{float(kappa)!r}_seed{int(seed)}.npy')
    if os.path.exists(path):
        return np.load(path)
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    X = (U * s) @ V.T
    np.save(path, X)
    return X


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B_hat - beta_true[:, None]) ** 2, axis=0))))
