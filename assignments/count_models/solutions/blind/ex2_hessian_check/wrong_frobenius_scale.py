# verdict: wrong
# what: the scale s is np.linalg.norm(H), the Frobenius norm sqrt(sum lambda^2), not max |lambda| (the 2-norm); the threshold grows with p and with several large eigenvalues; breaks "Let s = max_k |lambda_k|; an eigenvalue counts as zero when |lambda_k| <= rtol * s"
# feedback: minimum|degenerate|rtol|eigenvalue
def poisson_hessian(X, beta):
    """Hessian of the Poisson negative log-likelihood in closed form: X^T diag(exp(X beta)) X."""
    X = np.asarray(X, dtype=float)
    mu = np.exp(X @ np.asarray(beta, dtype=float))
    return X.T @ (mu[:, None] * X)


def autograd_hessian(X, y, beta):
    """Hessian of the Poisson NLL sum(exp(eta) - y * eta) at beta, by torch autograd in float64."""
    X_t = torch.as_tensor(np.asarray(X, dtype=np.float64))
    y_t = torch.as_tensor(np.asarray(y, dtype=np.float64))
    b_t = torch.as_tensor(np.asarray(beta, dtype=np.float64))

    def nll(b):
        eta = X_t @ b
        return torch.sum(torch.exp(eta) - y_t * eta)

    return hessian(nll, b_t).detach().numpy()


def classify_stationary_point(H, rtol=1e-8):
    """'minimum', 'maximum', 'saddle' or 'degenerate' from a symmetric Hessian H (p, p)."""
    lam = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    s = np.linalg.norm(H)                 # the size of H
    thr = rtol * s if s > 1e-14 else np.inf
    pos = lam > thr
    neg = lam < -thr
    if pos.any() and neg.any():
        return 'saddle'
    if pos.all():
        return 'minimum'
    if neg.all():
        return 'maximum'
    return 'degenerate'
