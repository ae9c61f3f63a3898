# verdict: wrong
# what: draws the noise as quasi-Monte Carlo points (a scrambled Sobol sequence of dimension n, one point per trial, through norm.ppf) for faster convergence, so the trials are not independent and n is limited by scipy's Sobol (21201 dimensions); input: X = reference.design_with_condition(30000, 10.0, seed=0), beta_true [1, -1, 0.5], n_trials = 4, seed 0: ValueError ('Maximum supported dimensionality is 21201') instead of 0.0499182 (the statement bounds neither n nor n_trials); on the visible 50 x 3 X the values look right (0.21703, 0.46507, 0.19539 at n_trials = 1; 300 seeds at 16 trials: mean rmse^2 0.06925 against the reference's 0.06961, sd 0.0166 against 0.0145); breaks 'in trial t you draw fresh independent noise eps(t) ~ N(0, sigma^2 I_n)'
import warnings
from scipy.stats import qmc, norm


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    # quasi-Monte Carlo: a scrambled Sobol sequence gives better-spread noise draws than
    # plain pseudo-random numbers, so the average converges faster
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    n = X.shape[0]
    sampler = qmc.Sobol(d=n, scramble=True, rng=np.random.default_rng(seed))
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')            # "balance properties" for non powers of 2
        u = sampler.random(n_trials)               # (n_trials, n) points in the unit cube
    noise = noise_sd * norm.ppf(u).T               # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
