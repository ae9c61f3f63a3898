# verdict: correct
# what: the Newton form of IRLS (beta + (X'WX)^-1 X'(y - p)) written with float64 torch tensors (torch.sigmoid, torch.linalg.solve, torch.logaddexp for the deviance), converted back to numpy arrays for history and the result
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    Xt = torch.as_tensor(np.asarray(X, dtype=np.float64))
    yt = torch.as_tensor(np.asarray(y, dtype=np.float64))
    beta = torch.zeros(Xt.shape[1], dtype=torch.float64)

    history = {'beta': [beta.numpy().copy()], 'deviance': []}
    for _ in range(max_iter):
        p_hat = torch.sigmoid(Xt @ beta)
        w = p_hat * (1.0 - p_hat)
        hessian_ = Xt.T @ (w[:, None] * Xt)            # X^T W X
        score = Xt.T @ (yt - p_hat)                     # X^T (y - p)
        beta_new = beta + torch.linalg.solve(hessian_, score)

        change = (beta_new - beta).abs().max().item()
        beta = beta_new
        eta = Xt @ beta
        dev = 2.0 * torch.sum(torch.logaddexp(torch.zeros_like(eta), eta) - yt * eta)
        history['beta'].append(beta.numpy().copy())
        history['deviance'].append(dev.item())
        if change < tol:
            break

    return beta.numpy().copy(), history
