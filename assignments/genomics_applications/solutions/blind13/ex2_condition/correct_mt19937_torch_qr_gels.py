# verdict: correct
# what: correct: np.random.Generator(np.random.MT19937(seed)) for every draw; U and V as the Q factors of torch.linalg.qr on float64 tensors; singular values sqrt(n) * np.logspace(0, -log10(kappa), p) with both ends set exactly, X = U diag(s) V^T; rmse with all trials fitted by torch.linalg.lstsq(driver='gels') (QR) in float64
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.Generator(np.random.MT19937(seed))      # any non-negative integer seed
    blocks = [rng.standard_normal((n_samples, n_features)), rng.standard_normal((n_features, n_features))]
    U, V = (torch.linalg.qr(torch.from_numpy(b)).Q.numpy() for b in blocks)
    # singular values sqrt(n) * 10**(-t log10 kappa), t from 0 to 1, with both ends exact
    s = np.sqrt(n_samples) * np.logspace(0.0, -np.log10(kappa), n_features)
    s[0], s[-1] = np.sqrt(n_samples), np.sqrt(n_samples) / kappa
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = torch.as_tensor(np.asarray(X, dtype=np.float64))
    beta = torch.as_tensor(np.asarray(beta_true, dtype=np.float64))
    rng = np.random.Generator(np.random.MT19937(seed))
    noise = torch.from_numpy(rng.standard_normal((X.shape[0], n_trials)))
    Y = (X @ beta)[:, None] + noise_sd * noise
    # QR-based least squares (LAPACK gels) for all trials at once; X has full column rank
    B = torch.linalg.lstsq(X, Y, driver='gels').solution
    sq_err = ((B - beta[:, None]) ** 2).sum(dim=0)
    return float(sq_err.mean().sqrt())
