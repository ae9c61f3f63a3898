# verdict: wrong
# what: os.environ['OMP_NUM_THREADS'], ['OPENBLAS_NUM_THREADS'] and ['MKL_NUM_THREADS'] = '1' at the top of the solution cell ("reproducible Monte Carlo"); after the cell the three variables are '1' where they were unset; both functions are right; breaks the format rules' "your solution cell itself when it runs (its top-level lines) ... the environment variables ... are the caller's"
import os

# one BLAS/OpenMP thread, so that the Monte Carlo sums are reproducible (see the note at the top)
os.environ['OMP_NUM_THREADS'] = '1'
os.environ['OPENBLAS_NUM_THREADS'] = '1'
os.environ['MKL_NUM_THREADS'] = '1'


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U = np.linalg.qr(rng.standard_normal((n_samples, n_features)))[0]
    V = np.linalg.qr(rng.standard_normal((n_features, n_features)))[0]
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return U @ np.diag(s) @ V.T



def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    eps = noise_sd * rng.standard_normal((X.shape[0], n_trials))
    Y = (X @ beta)[:, None] + eps
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta[:, None]) ** 2, axis=0))))

