# verdict: wrong
# what: for square designs (n_samples == n_features >= 2) takes U from scipy.stats.ortho_group.rvs without random_state, i.e. from numpy's global generator: design_with_condition(4, 50.0, n_features=4, seed=2) has first row [0.0207419, -1.2906760, 0.0350653, 0.4231953] after np.random.seed(0) and [-0.0582955, -1.6741356, -0.1160507, 0.4019904] after np.random.seed(1) (condition number 50 both times), where the reference gives [0.1362736, 0.0169089, -0.3581072, -0.0027298] whatever the global state; it also advances the caller's global stream (np.random.seed(7), a 3 x 3 call, then np.random.random() gives 0.38094 instead of 0.07631); tall designs are reproducible; breaks "the same arguments give the same matrix whatever the global random state ... never from the global np.random state" ("square designs included")
import scipy.stats


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    if n_samples == n_features and n_features >= 2:
        # a square design: U is simply a random orthogonal matrix
        U = scipy.stats.ortho_group.rvs(n_features)
    else:
        U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Y = (X @ beta_true)[:, None] + noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Q, R = np.linalg.qr(X)
    B = np.linalg.solve(R, Q.T @ Y)
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
