# verdict: wrong
# what: computes in float64 by calling torch.set_default_dtype(torch.float64) and never restores it, so every later torch tensor and layer of the notebook is float64: the fit is right (visible data: beta [-0.81057922, 1.40859223, -2.13937226], 6 iterations), but after one call torch.zeros(1).dtype is float64 instead of float32, and train_autoencoder on a float32 tensor, e.g. torch.randn(40, 12, generator=torch.Generator().manual_seed(1), dtype=torch.float32) with seed 3 and epochs=5 (or the notebook's X_expr, made in Section 4), raises RuntimeError ('mat1 and mat2 must have the same dtype') instead of returning a last loss of 0.60907912, and the same torch.randn call without dtype now makes a float64 tensor (last loss 0.63979778); breaks 'X is an (n, p) float array (float32 or float64: compute in float64)' (compute, not change the session's torch defaults) and Exercise 3's use of train_autoencoder in the same notebook
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    torch.set_default_dtype(torch.float64)          # "compute in float64"
    Xt = torch.as_tensor(np.asarray(X), dtype=torch.get_default_dtype())
    yt = torch.as_tensor(np.asarray(y), dtype=torch.get_default_dtype())
    beta = torch.zeros(Xt.shape[1])
    history = {'beta': [beta.numpy().copy()], 'deviance': []}
    for _ in range(max_iter):
        eta = Xt @ beta
        p_hat = torch.sigmoid(eta)
        w = p_hat * torch.sigmoid(-eta)
        XtWX = Xt.T @ (w[:, None] * Xt)
        XtWz = Xt.T @ (w * eta + (yt - p_hat))
        beta_new = torch.linalg.solve(XtWX, XtWz)
        change = (beta_new - beta).abs().max().item()
        beta = beta_new
        eta = Xt @ beta
        history['beta'].append(beta.numpy().copy())
        history['deviance'].append(float(2.0 * torch.sum(torch.logaddexp(torch.zeros(()), eta) - yt * eta)))
        if change < tol:
            break
    return beta.numpy().copy(), history
