# verdict: correct
# what: the Newton form beta + (X'WX)^-1 X'(y - p) written with torch float64 tensors (torch.special.expit of +eta and -eta, torch.linalg.solve on an equilibrated Hessian), history converted back to numpy
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    Xt = torch.as_tensor(np.asarray(X, dtype=np.float64))
    yt = torch.as_tensor(np.asarray(y, dtype=np.float64))
    zero = torch.zeros((), dtype=torch.float64)
    b = torch.zeros(Xt.shape[1], dtype=torch.float64)
    betas, deviances = [b.numpy().copy()], []
    k = 0
    while k < max_iter:
        k += 1
        eta = Xt @ b
        p, q = torch.special.expit(eta), torch.special.expit(-eta)
        H = Xt.T @ ((p * q)[:, None] * Xt)                 # X' W X
        g = Xt.T @ (yt - p)                                 # score X'(y - p)
        d = 1.0 / torch.sqrt(torch.diagonal(H))             # symmetric diagonal scaling
        step = d * torch.linalg.solve(d[:, None] * H * d[None, :], d * g)
        b_next = b + step
        biggest = torch.max(torch.abs(b_next - b)).item()
        b = b_next
        eta = Xt @ b
        betas.append(b.numpy().copy())
        deviances.append(2.0 * torch.sum(torch.logaddexp(zero, eta) - yt * eta).item())
        if biggest < tol:
            break
    return betas[-1].copy(), {'beta': betas, 'deviance': deviances}
