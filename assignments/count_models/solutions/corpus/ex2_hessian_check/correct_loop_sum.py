# verdict: correct
# what: closed form as a sum of outer products over samples, autograd with beta made a leaf tensor that requires grad, a dictionary of verdicts
def poisson_hessian(X, beta):
    X = np.asarray(X, dtype=float)
    beta = np.asarray(beta, dtype=float)
    p = X.shape[1]
    H = np.zeros((p, p))
    for x in X:
        H += np.exp(x @ beta) * np.outer(x, x)
    return H


def autograd_hessian(X, y, beta):
    X = torch.tensor(np.asarray(X, dtype=float), dtype=torch.float64)
    y = torch.tensor(np.asarray(y, dtype=float), dtype=torch.float64)
    b = torch.tensor(np.asarray(beta, dtype=float), dtype=torch.float64, requires_grad=True)
    H = hessian(lambda v: (torch.exp(X @ v) - y * (X @ v)).sum(), b)
    return H.detach().numpy()


def classify_stationary_point(H, rtol=1e-8):
    ev = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    m = np.max(np.abs(ev))
    if m <= 1e-14:
        return 'degenerate'
    signs = set(np.sign(np.where(np.abs(ev) <= rtol * m, 0.0, ev)).astype(int))
    if {1, -1} <= signs:
        return 'saddle'
    return {frozenset({1}): 'minimum', frozenset({-1}): 'maximum'}.get(frozenset(signs), 'degenerate')
