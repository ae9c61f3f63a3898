# verdict: wrong
# what: the autograd NLL clamps eta at 20 "against overflow", so samples with X beta > 20 add nothing to the Hessian (the clamp has zero second derivative); breaks "the Hessian at beta of l(beta) = sum_j (e^{eta_j} - y_j eta_j)" for the allowed "|X beta| <= 30"
# feedback: autograd_hessian
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
        return torch.sum(torch.exp(torch.clamp(eta, max=20.0)) - y_t * eta)   # no overflow in exp

    return hessian(nll, b_t).detach().numpy()

def classify_stationary_point(H, rtol=1e-8):
    """'minimum', 'maximum', 'saddle' or 'degenerate' from a symmetric Hessian H (p, p)."""
    lam = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    s = np.max(np.abs(lam))
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
