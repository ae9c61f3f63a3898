# verdict: correct
# what: orthonormal factors from scipy.stats.ortho_group and a QR of a Gaussian block, both seeded from one Generator; rmse by one QR of X and triangular solves over chunks of trials.
from scipy.linalg import solve_triangular
from scipy.stats import ortho_group


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    # left factor: n_samples x n_features with orthonormal columns
    Q, R = np.linalg.qr(gen.normal(size=(n_samples, n_features)))
    Q = Q * np.sign(np.diag(R))                  # a uniformly random frame
    # right factor: a random orthogonal matrix (Haar), from the same generator
    if n_features > 1:
        V = ortho_group.rvs(dim=n_features, random_state=gen)
    else:
        V = np.ones((1, 1))
    # singular values from sqrt(n) down to sqrt(n)/kappa, evenly spaced in log scale
    log_s = np.linspace(0.0, -np.log(kappa), n_features)
    sv = np.sqrt(n_samples) * np.exp(log_s)
    sv[0], sv[-1] = np.sqrt(n_samples), np.sqrt(n_samples) / kappa
    return Q @ np.diag(sv) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=np.float64)
    b = np.asarray(beta_true, dtype=np.float64).reshape(-1)
    gen = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)                       # one factorisation for all trials
    signal = X @ b
    total, done = 0.0, 0
    while done < n_trials:
        m = min(256, n_trials - done)
        eps = noise_sd * gen.standard_normal((X.shape[0], m))
        Y = signal[:, None] + eps
        B = solve_triangular(R, Q.T @ Y)
        total += float(np.sum((B - b[:, None]) ** 2))
        done += m
    return float(np.sqrt(total / n_trials))
