# verdict: wrong
# what: coefficient_rmse fits the noise (beta_hat - beta_true, by linearity) with torch.linalg.lstsq (driver 'gels', QR, "X has full column rank") on tensors made with torch.tensor(..., dtype=torch.get_default_dtype()), i.e. float32; X = design_with_condition(100, kappa, seed=0) (reference's), beta [1, -1, 0.5], 500 trials, seed 1: kappa 1e3 gives 100.2718 (reference 100.2715), kappa 1e6 100657 (100221), kappa 1e8 3.79e6 instead of 1.002e7, kappa 1e10 4.04e6 instead of 1.002e9 (theory 1e9); breaks "it may be badly conditioned, up to kappa(X) = 1e10 ... and the fit must be the least-squares fit there too"
# The notebook is a PyTorch notebook; the student used torch's default dtype "to be consistent".
import torch
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    U, _ = np.linalg.qr(rng.standard_normal((n_samples, n_features)))
    V, _ = np.linalg.qr(rng.standard_normal((n_features, n_features)))
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0.0, noise_sd, size=(X.shape[0], n_trials))
    # least squares is linear: beta_hat - beta_true is the fit of the noise alone
    dtype = torch.get_default_dtype()
    E = torch.linalg.lstsq(torch.tensor(X, dtype=dtype), torch.tensor(noise, dtype=dtype),
                         driver='gels').solution
    E = E.numpy().astype(float)
    return float(np.sqrt(np.mean(np.sum(E ** 2, axis=0))))
