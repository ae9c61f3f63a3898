# verdict: wrong
# what: poisson_hessian keeps the dtype of its inputs, so float32 X and beta give a float32 Hessian with float32 rounding (about 1e-7 relative); breaks "`X` is an `(n, p)` float array (float32 or float64; compute in float64 ...)"
# feedback: poisson_hessian.*(float64|float32|dtype|precision)|(float64|float32|dtype|precision).*poisson_hessian
def poisson_hessian(X, beta):
    """Hessian of the Poisson negative log-likelihood in closed form: X^T diag(exp(X beta)) X."""
    X = np.asarray(X)
    mu = np.exp(X @ np.asarray(beta))
    return (X * mu[:, None]).T @ X


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
