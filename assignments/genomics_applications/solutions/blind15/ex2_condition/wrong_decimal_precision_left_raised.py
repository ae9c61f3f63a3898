# verdict: wrong
# what: averages the squared errors with decimal.Decimal after setting decimal.getcontext().prec = 34, and leaves that precision set; input: any call, e.g. the visible Xr with 10 trials: afterwards decimal.getcontext().prec is 34 instead of 28, so Decimal(1) / Decimal(3) has 34 digits instead of 28; the value is right; breaks the format rules' 'each must leave the session as it found it'
from decimal import Decimal, getcontext

def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    """A random (n_samples, n_features) design whose 2-norm condition number is kappa."""
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    """Monte Carlo root-mean-square error of least-squares coefficients."""
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    Y = (X @ beta_true)[:, None] + noise
    B_hat = np.linalg.lstsq(X, Y, rcond=None)[0]
    sq_err = np.sum((B_hat - beta_true[:, None]) ** 2, axis=0)
    # accumulate the mean exactly: with a million trials a float sum loses digits
    getcontext().prec = 34
    total = sum((Decimal(float(v)) for v in sq_err), Decimal(0))
    return float((total / n_trials).sqrt())
