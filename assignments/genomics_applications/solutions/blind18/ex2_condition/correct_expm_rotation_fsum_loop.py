# verdict: correct
# what: correct: U from scipy's economic Householder QR with the signs of R's diagonal fixed, V = expm(A - A') of a random A (a rotation), singular values sqrt(n) kappa^(-t) with both ends set exactly, all from one default_rng(seed); the rmse by one economic QR of X, a per-trial loop of solve_triangular(R, Q'y) with fresh gen.normal noise, and math.fsum; condition numbers within 6.4e-8 of kappa up to 1e10 (reference 2.5e-8) on the README's designs, the reference's values at n_trials = 1 (0.21232, 0.13775, 0.19313), within 0.4 % of theory at 4000 trials up to kappa 1e10, 2.2e-7 without noise at 1e10
import math

from scipy.linalg import expm, qr, solve_triangular


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    kappa = float(kappa)
    # U: a random orthonormal n x p basis (Householder QR, signs of R's diagonal fixed)
    Q, R = qr(gen.standard_normal((n_samples, n_features)), mode='economic')
    U = Q * np.where(np.diag(R) < 0, -1.0, 1.0)
    # V: a random rotation, the matrix exponential of a random skew-symmetric matrix
    A = gen.standard_normal((n_features, n_features))
    V = expm(A - A.T)
    # singular values sqrt(n) * kappa^(-t), t from 0 to 1, with both ends set exactly
    t = np.linspace(0.0, 1.0, n_features)
    sv = np.sqrt(n_samples) * np.power(kappa, -t)
    sv[0] = np.sqrt(n_samples)
    sv[-1] = np.sqrt(n_samples) / kappa
    return (U * sv) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=np.float64)
    b_true = np.asarray(beta_true, dtype=np.float64).reshape(-1)
    gen = np.random.default_rng(seed)
    Q, R = qr(X, mode='economic')          # one factorisation, kappa not squared
    mean_y = X @ b_true
    sq = []
    for _ in range(int(n_trials)):
        y = mean_y + gen.normal(0.0, noise_sd, size=X.shape[0])
        b_hat = solve_triangular(R, Q.T @ y)
        sq.append(math.fsum((b_hat - b_true) ** 2))
    return math.sqrt(math.fsum(sq) / len(sq))
