# verdict: wrong
# what: the functions are right, but the solution cell ends with the student's sanity check, a top-level plot of np.linalg.cond(design_with_condition(50, k)) against k, which creates a matplotlib figure and leaves it open: plt.get_fignums() is [1] after the cell instead of [] (one more open figure each time the cell runs); breaks "each must leave the session as it found it, and so must your solution cell itself when it runs (its top-level lines) ... the figures already open ... are the caller's"
# Students often leave a quick check at the bottom of the cell they worked in.
import matplotlib.pyplot as plt


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
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


# quick check that the construction works
_ks = np.geomspace(1, 1e6, 7)
_fig, _ax = plt.subplots()
_ax.loglog(_ks, [np.linalg.cond(design_with_condition(50, k)) for k in _ks], 'o-')
_ax.set_xlabel('kappa asked for')
_ax.set_ylabel('np.linalg.cond')
