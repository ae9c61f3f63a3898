# verdict: correct
# what: correct; design: U from the thin SVD of a Gaussian block, V a product of Givens rotations with random angles, singular values sqrt(n) * kappa**(-t) with exact end points, all from one default_rng(seed); rmse: the errors beta_hat - beta_true are the least-squares fit of the noise itself, V diag(1/s) U' eps from one thin SVD of X, noise drawn trial-major in fixed chunks of 1024 trials and the squared errors summed as it goes
def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    G = gen.standard_normal((n_samples, n_features))
    left = np.linalg.svd(G, full_matrices=False)[0]                  # orthonormal columns
    right = np.eye(n_features)
    for i in range(n_features):
        for j in range(i + 1, n_features):
            a = gen.uniform(0.0, 2.0 * np.pi)
            rot = np.eye(n_features)
            rot[[i, i, j, j], [i, j, i, j]] = [np.cos(a), -np.sin(a), np.sin(a), np.cos(a)]
            right = right @ rot
    if n_features == 1:
        t = np.zeros(1)
    else:
        t = np.arange(n_features) / (n_features - 1)
    sv = np.sqrt(n_samples) * float(kappa) ** (-t)
    sv[0] = np.sqrt(n_samples)
    sv[-1] = np.sqrt(n_samples) / kappa
    return (left * sv) @ right.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    A = np.asarray(X, dtype=np.float64)
    n = A.shape[0]
    U, sv, Vt = np.linalg.svd(A, full_matrices=False)
    gen = np.random.default_rng(seed)
    total, done = 0.0, 0
    while done < n_trials:
        m = min(1024, n_trials - done)
        eps = noise_sd * gen.standard_normal((m, n))                 # one row per trial
        err = (eps @ U) / sv @ Vt                                      # beta_hat - beta_true for each trial
        total += float(np.sum(err * err))
        done += m
    return float(np.sqrt(total / n_trials))
