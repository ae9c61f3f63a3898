# verdict: correct
# what: np.random.Generator(np.random.PCG64(seed)); economic QR from scipy.linalg with the signs of R's diagonal fixed; singular values linspace(kappa, 1) (s_max = kappa); rmse by an explicit loop of scipy.linalg.lstsq fits accumulating the squared error
import scipy.linalg


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.Generator(np.random.PCG64(seed))

    def haar(rows, cols):
        Q, R = scipy.linalg.qr(gen.normal(size=(rows, cols)), mode='economic')
        return Q * np.sign(np.diag(R))               # uniformly distributed orthonormal columns

    U = haar(n_samples, n_features)
    V = haar(n_features, n_features)
    singular_values = np.linspace(kappa, 1.0, n_features)
    return U @ (singular_values[:, None] * V.T)


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    X = np.asarray(X, dtype=float)
    beta_true = np.asarray(beta_true, dtype=float)
    gen = np.random.Generator(np.random.PCG64(seed))
    signal = X @ beta_true
    total = 0.0
    for _ in range(n_trials):
        y = signal + gen.normal(0.0, noise_sd, size=X.shape[0])
        beta_hat = scipy.linalg.lstsq(X, y)[0]
        total += float(np.sum((beta_hat - beta_true) ** 2))
    return (total / n_trials) ** 0.5
