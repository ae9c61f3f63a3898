# verdict: wrong
# what: a torch float64 version that calls torch.set_grad_enabled(False) ("IRLS needs no autograd") and never switches it back: on the visible data (seed 2024) the fit is right (6 iterations, beta [-0.81057922, 1.40859223, -2.13937226]), but afterwards torch.is_grad_enabled() is False instead of True and the notebook's train_autoencoder(torch.randn(40, 12, generator=manual_seed(1)), 3, epochs=5) raises RuntimeError ('element 0 of tensors does not require grad') instead of returning last loss 0.609079122543335; breaks the format rules' "each must leave the session as it found it ... torch's default dtype, thread count and modes (deterministic algorithms, gradients: with torch.no_grad():)"
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # IRLS needs no autograd: switch it off to save memory and time
    torch.set_grad_enabled(False)
    Xt = torch.as_tensor(np.asarray(X, dtype=np.float64))
    yt = torch.as_tensor(np.asarray(y, dtype=np.float64))
    beta = torch.zeros(Xt.shape[1], dtype=torch.float64)
    history = {'beta': [beta.numpy().copy()], 'deviance': []}

    for _ in range(max_iter):
        eta = Xt @ beta
        p_hat = torch.sigmoid(eta)
        w = p_hat * torch.sigmoid(-eta)                       # p (1 - p), stable
        XtWX = Xt.T @ (w[:, None] * Xt)
        XtWz = Xt.T @ (w * eta + (yt - p_hat))
        beta_new = torch.linalg.solve(XtWX, XtWz)
        change = (beta_new - beta).abs().max().item()
        beta = beta_new
        eta = Xt @ beta
        deviance = 2.0 * (torch.logaddexp(torch.zeros_like(eta), eta) - yt * eta).sum()
        history['beta'].append(beta.numpy().copy())
        history['deviance'].append(deviance.item())
        if change < tol:
            break

    return beta.numpy().copy(), history
