# verdict: wrong
# what: the random matrices come from a torch.Generator seeded with manual_seed(seed), which takes at most 64 bits; design_with_condition(30, 100, seed=2**64) and seed=2**70 raise ValueError ('Overflow when unpacking long long') instead of returning a matrix of condition number 100 (seeds up to 2**64 - 1 work) (breaks 'A seed is any non-negative integer, 0 and seeds past 2**32 included, in both functions of this exercise')
# The student reuses the seeding they saw in Section 4 and draws the Gaussian blocks with
# torch, in float64, from a private generator (the global torch state is untouched).
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = torch.Generator().manual_seed(seed)
    G = torch.randn(n_samples, n_features, generator=gen, dtype=torch.float64).numpy()
    H = torch.randn(n_features, n_features, generator=gen, dtype=torch.float64).numpy()
    U, _ = np.linalg.qr(G)
    V, _ = np.linalg.qr(H)
    s = np.sqrt(n_samples) * np.geomspace(1.0, 1.0 / kappa, n_features)
    return (U * s) @ V.T

def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    rng = np.random.default_rng(seed)
    Z = rng.standard_normal((X.shape[0], n_trials))          # one column per trial
    Y = (X @ beta_true)[:, None] + noise_sd * Z
    B = np.linalg.lstsq(X, Y, rcond=None)[0]
    return float(np.sqrt(np.mean(np.sum((B - beta_true[:, None]) ** 2, axis=0))))

