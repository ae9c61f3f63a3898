# verdict: wrong
# what: no absolute floor: only an exactly zero H is called degenerate, so a Hessian of pure rounding noise (max |lambda| <= 1e-14 but not 0) is classified by the signs of its noise; breaks "every eigenvalue counts as zero when s <= 10^-14 (for instance H all zeros)"
# feedback: degenerate|1e-14|10\^-14|zero
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
    s = np.max(np.abs(lam))
    if s == 0.0:
        return 'degenerate'
    thr = rtol * s
    pos = lam > thr
    neg = lam < -thr
    if pos.any() and neg.any():
        return 'saddle'
    if pos.all():
        return 'minimum'
    if neg.all():
        return 'maximum'
    return 'degenerate'
