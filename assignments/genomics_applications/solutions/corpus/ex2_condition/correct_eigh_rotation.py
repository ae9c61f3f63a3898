# verdict: correct
# what: builds V from the eigenvectors of a random symmetric matrix, U from a reduced QR; RMSE from explicit noise matrix projected with a QR solve
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    rng = np.random.default_rng(seed)
    G = rng.normal(size=(n_features, n_features))
    _, V = np.linalg.eigh(G + G.T)                       # orthogonal p x p
    U, _ = np.linalg.qr(rng.normal(size=(n_samples, n_features)), mode='reduced')
    s = np.array([kappa ** (1 - i / max(n_features - 1, 1)) for i in range(n_features)])
    return U @ np.diag(s) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    rng = np.random.default_rng(seed)
    Q, R = np.linalg.qr(X)
    E = rng.normal(scale=noise_sd, size=(n_trials, X.shape[0]))
    Y = X @ beta_true + E                                # one simulated y per row
    B = np.linalg.solve(R, Q.T @ Y.T).T                  # n_trials x p
    return float(np.sqrt(np.mean(np.sum((B - beta_true) ** 2, axis=1))))
