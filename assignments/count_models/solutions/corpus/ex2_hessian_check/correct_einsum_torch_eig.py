# verdict: correct
# what: einsum for the closed form, autograd through a function of the NLL's mean times n (the same sum), torch.linalg.eigvalsh in float64 for the classification
def poisson_hessian(X, beta):
    X = np.asarray(X, dtype=np.float64)
    w = np.exp(X @ np.asarray(beta, dtype=np.float64))
    return np.einsum('i,ij,ik->jk', w, X, X)


def autograd_hessian(X, y, beta):
    X = torch.as_tensor(np.asarray(X), dtype=torch.float64)
    y = torch.as_tensor(np.asarray(y), dtype=torch.float64)
    n = X.shape[0]

    def loss(b):
        eta = X @ b
        return n * torch.mean(torch.exp(eta) - y * eta)

    b0 = torch.as_tensor(np.asarray(beta), dtype=torch.float64)
    return torch.autograd.functional.hessian(loss, b0).numpy().copy()


def classify_stationary_point(H, rtol=1e-8):
    lam = torch.linalg.eigvalsh(torch.as_tensor(np.asarray(H), dtype=torch.float64)).numpy()
    largest = np.max(np.abs(lam))
    zero = np.abs(lam) <= (rtol * largest if largest > 1e-14 else np.inf)
    if np.any(lam[~zero] > 0) and np.any(lam[~zero] < 0):
        return 'saddle'
    if np.any(zero):
        return 'degenerate'
    return 'minimum' if lam.min() > 0 else 'maximum'
