# verdict: correct
# what: np.diag for the closed form, the full Poisson NLL with lgamma(y + 1) (a constant) for autograd with the functional API imported under its own name, counts of signs for the classification
import torch.autograd.functional as AF


def poisson_hessian(X, beta):
    X = np.array(X, dtype=np.float64)
    W = np.diag(np.exp(X @ np.array(beta, dtype=np.float64)))
    return X.T @ W @ X


def autograd_hessian(X, y, beta):
    X_t = torch.from_numpy(np.array(X, dtype=np.float64))
    y_t = torch.from_numpy(np.array(y, dtype=np.float64))

    def nll(b):
        eta = X_t @ b
        return (torch.exp(eta) - y_t * eta + torch.lgamma(y_t + 1)).sum()

    H = AF.hessian(nll, torch.from_numpy(np.array(beta, dtype=np.float64)))
    return H.detach().cpu().numpy().astype(np.float64)


def classify_stationary_point(H, rtol=1e-8):
    eig = np.linalg.eigvalsh(np.asarray(H, float))
    scale = np.max(np.abs(eig))
    if scale <= 1e-14:
        return 'degenerate'
    n_pos = int(np.sum(eig > rtol * scale))
    n_neg = int(np.sum(eig < -rtol * scale))
    if n_pos and n_neg:
        return 'saddle'
    if n_pos == len(eig):
        return 'minimum'
    if n_neg == len(eig):
        return 'maximum'
    return 'degenerate'
