# verdict: wrong
# what: draws the Gaussian blocks with rng.standard_normal(..., dtype=np.float32) ("plenty for a random basis"), so U and V are orthonormal only to float32 accuracy (U'U - I about 6e-8): np.linalg.cond(design_with_condition(60, 1.0, seed=1)) is 1.0000000551 instead of 1 (reference 1.0000000000000002), (60, 10.0, seed=1) 10.00000016 instead of 10.000000000000005, (60, 1e6, seed=1) 1000000.016 instead of 999999.999997; coefficient_rmse is right; breaks "whose 2-norm condition number (np.linalg.cond(X) ...) equals kappa up to rounding"
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    # float32 draws are plenty for a random basis and halve the memory of large designs
    G = rng.standard_normal((n_samples, n_features), dtype=np.float32)
    H = rng.standard_normal((n_features, n_features), dtype=np.float32)
    U, _ = np.linalg.qr(G)
    V, _ = np.linalg.qr(H)
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    noise = noise_sd * rng.standard_normal((X.shape[0], n_trials))    # one column per trial
    Y = (X @ beta_true)[:, None] + noise
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))
