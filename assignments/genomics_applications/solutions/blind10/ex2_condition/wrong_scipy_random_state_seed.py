# verdict: wrong
# what: draws V with scipy.stats.ortho_group.rvs(n_features, random_state=seed); scipy turns an int random_state into the legacy np.random.RandomState, which takes only 32-bit seeds; design_with_condition(30, 100.0, seed=2**32): ValueError 'Seed must be between 0 and 2**32 - 1' instead of a 30 x 3 matrix with condition number 100 (reference first row [0.11511575, -0.07228431, -0.02981274]); seeds below 2**32 give right matrices (condition number, reproducibility, other seeds other matrices); breaks 'A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions of this exercise (default_rng takes any; the legacy np.random.RandomState takes only 32 bits)'
from scipy.stats import ortho_group


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V = ortho_group.rvs(n_features, random_state=seed)      # a random orthogonal matrix from scipy
    V = np.atleast_2d(V)
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
