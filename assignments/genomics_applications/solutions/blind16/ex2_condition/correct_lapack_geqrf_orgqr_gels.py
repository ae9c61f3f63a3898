# verdict: correct
# what: correct: np.random.default_rng(SeedSequence(seed)); U as the Q of LAPACK's dgeqrf + dorgqr on a Gaussian block, V the left singular vectors of a p x p Gaussian, singular values sqrt(n) kappa^(-t) with both ends set exactly; rmse from trial-major noise and one call of LAPACK's QR least-squares driver dgels for all trials; same condition numbers as the reference within its rounding, the reference's 0.21232, 0.13775, 0.19313 at n_trials = 1, within 3 % of theory at 4000 trials up to kappa 1e10
from scipy.linalg import lapack


def _orthonormal_columns(G):
    """Q of a Householder QR of G (n x p, n >= p), built with LAPACK's dgeqrf and dorgqr."""
    qr, tau, work, info = lapack.dgeqrf(np.asfortranarray(G, dtype=np.float64))
    q, work, info = lapack.dorgqr(qr, tau)
    return q[:, :G.shape[1]]


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(np.random.SeedSequence(int(seed)))
    n, p = int(n_samples), int(n_features)
    left = _orthonormal_columns(gen.standard_normal((n, p)))
    right = np.linalg.svd(gen.standard_normal((p, p)))[0]      # a random orthogonal p x p matrix
    top = np.sqrt(n)
    exponents = np.linspace(0.0, 1.0, p)
    sv = top * np.power(float(kappa), -exponents)
    sv[0], sv[-1] = top, top / float(kappa)
    return (left * sv) @ right.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.array(X, dtype=np.float64, order='F')
    beta = np.asarray(beta_true, dtype=np.float64).reshape(-1)
    n, p = X.shape
    gen = np.random.default_rng(np.random.SeedSequence(int(seed)))
    eps = gen.standard_normal((int(n_trials), n)) * float(noise_sd)     # one row per trial
    rhs = np.asfortranarray((X @ beta)[:, None] + eps.T)
    # LAPACK's QR-based least-squares driver, all trials at once (X is copied by the wrapper)
    lqr, sol, info = lapack.dgels(X.copy(order='F'), rhs)
    if info != 0:
        raise np.linalg.LinAlgError(f"dgels failed (info={info})")
    err = sol[:p] - beta[:, None]
    return float(np.sqrt(np.mean(np.einsum('kt,kt->t', err, err))))
