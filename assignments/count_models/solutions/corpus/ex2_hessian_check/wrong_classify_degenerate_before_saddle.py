# verdict: wrong
# what: answers 'degenerate' as soon as an eigenvalue is zero, even when others have both signs (a saddle)
# feedback: saddle|answer
def poisson_hessian(X, beta):
    X = np.asarray(X, dtype=float)
    mu = np.exp(X @ np.asarray(beta, dtype=float))
    return X.T @ (mu[:, None] * X)


def autograd_hessian(X, y, beta):
    Xt = torch.tensor(np.asarray(X, dtype=np.float64))
    yt = torch.tensor(np.asarray(y, dtype=np.float64))
    bt = torch.tensor(np.asarray(beta, dtype=np.float64))
    return hessian(lambda b: torch.sum(torch.exp(Xt @ b) - yt * (Xt @ b)), bt).numpy()


def classify_stationary_point(H, rtol=1e-8):
    lam = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    s = np.abs(lam).max()
    thr = rtol * s if s > 1e-14 else np.inf
    pos, neg = np.any(lam > thr), np.any(lam < -thr)
    if np.any(np.abs(lam) <= thr):
        return 'degenerate'
    if pos and neg:
        return 'saddle'
    if np.all(lam > thr):
        return 'minimum'
    if np.all(lam < -thr):
        return 'maximum'
    return 'degenerate'
