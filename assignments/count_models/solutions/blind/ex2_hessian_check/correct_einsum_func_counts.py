# verdict: correct
# what: closed form by np.einsum on float64 copies; autograd through torch.autograd.functional.hessian with vectorize=True on a loss written with torch.dot; classification by counting eigenvalues above and below a threshold
def poisson_hessian(X, beta):
    """Hessian of the Poisson negative log-likelihood in closed form: X^T diag(exp(X beta)) X."""
    A = np.array(X, dtype=np.float64)
    b = np.array(beta, dtype=np.float64)
    w = np.exp(A @ b)
    return np.einsum('i,ij,ik->jk', w, A, A)


def autograd_hessian(X, y, beta):
    """Hessian of the Poisson NLL sum(exp(eta) - y * eta) at beta, by torch autograd in float64."""
    A = torch.tensor(np.array(X, dtype=np.float64))
    counts = torch.tensor(np.array(y, dtype=np.float64))
    b0 = torch.tensor(np.array(beta, dtype=np.float64))

    def loss(b):
        eta = torch.mv(A, b)
        return torch.exp(eta).sum() - torch.dot(counts, eta)

    H = torch.autograd.functional.hessian(loss, b0, vectorize=True)
    return np.array(H.detach().cpu().numpy(), dtype=np.float64)


def classify_stationary_point(H, rtol=1e-8):
    """'minimum', 'maximum', 'saddle' or 'degenerate' from a symmetric Hessian H (p, p)."""
    lam = np.linalg.eigvalsh(np.array(H, dtype=np.float64))
    scale = float(np.abs(lam).max())
    if scale <= 1e-14:
        return 'degenerate'
    cut = rtol * scale
    n_pos = int(np.count_nonzero(lam > cut))
    n_neg = int(np.count_nonzero(lam < -cut))
    if n_pos and n_neg:
        return 'saddle'
    if n_pos == lam.size:
        return 'minimum'
    if n_neg == lam.size:
        return 'maximum'
    return 'degenerate'
