# verdict: wrong
# what: autograd_hessian caches the float64 tensor of X under id(X); a later call with another X that got the same id (a temporary freed and replaced) or with X changed in place reuses the old design; breaks "returns the same Hessian ... the Hessian at beta of l(beta)" (of the X passed) -- state kept between calls
# feedback: autograd_hessian
def poisson_hessian(X, beta):
    """Hessian of the Poisson negative log-likelihood in closed form: X^T diag(exp(X beta)) X."""
    X = np.asarray(X, dtype=float)
    mu = np.exp(X @ np.asarray(beta, dtype=float))
    return X.T @ (mu[:, None] * X)


_design_cache = {}


def autograd_hessian(X, y, beta):
    """Hessian of the Poisson NLL sum(exp(eta) - y * eta) at beta, by torch autograd in float64."""
    key = id(X)
    if key not in _design_cache:           # convert each design to a tensor only once
        _design_cache[key] = torch.as_tensor(np.array(X, dtype=np.float64))
    X_t = _design_cache[key]
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
