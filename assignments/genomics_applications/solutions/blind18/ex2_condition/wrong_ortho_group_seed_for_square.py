# verdict: wrong
# what: square designs (n_samples == n_features) draw U and V with scipy.stats.ortho_group.rvs(random_state=seed), an int seed that scipy hands to the legacy RandomState (32 bits); design_with_condition(4, 50.0, n_features=4, seed=2**32 + 2) raises ValueError ('Seed must be between 0 and 2**32 - 1') instead of a 4 x 4 matrix of condition number 50 (seed 2**40 likewise); tall designs and seeds below 2**32 are right; breaks "A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions of this exercise"
from scipy.stats import ortho_group


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    if n_samples == n_features and n_features > 1:
        # square design: U and V are both Haar-random rotations, scipy draws them directly
        U = ortho_group.rvs(n_samples, random_state=seed)
        V = ortho_group.rvs(n_features, random_state=seed + 1)
    else:
        rng = np.random.default_rng(seed)
        U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
        V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))

