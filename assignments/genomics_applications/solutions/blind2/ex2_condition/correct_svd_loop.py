# verdict: correct
# what: correct solution: singular values replaced in the SVD of a Gaussian matrix (linear log-spacing), and a per-trial loop with a Generator
import numpy as np


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    G = gen.normal(size=(n_samples, n_features))
    U, _, Vt = np.linalg.svd(G, full_matrices=False)
    H = gen.normal(size=(n_features, n_features))
    Q, _ = np.linalg.qr(H)
    logs = np.linspace(0.0, -np.log(float(kappa)), n_features)
    s = np.sqrt(n_samples) * np.exp(logs)
    s[-1] = np.sqrt(n_samples) / float(kappa)
    return (U @ np.diag(s) @ Vt @ Q).astype(np.float64)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=np.float64)
    b = np.asarray(beta_true, dtype=np.float64).ravel()
    gen = np.random.default_rng(seed)
    mean_signal = X @ b
    total = 0.0
    for _ in range(int(n_trials)):
        eps = noise_sd * gen.standard_normal(X.shape[0])
        bhat, *_ = np.linalg.lstsq(X, mean_signal + eps, rcond=None)
        total += float(np.dot(bhat - b, bhat - b))
    return float(np.sqrt(total / n_trials))
