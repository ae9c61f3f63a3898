# verdict: wrong
# what: Newton steps with the gradient and Hessian from torch autograd (the notebook's Section 5 tool) of the naive NLL sum(log1p(exp(eta)) - y eta): autograd's second derivative of log1p(exp(eta)) is 1.0 instead of about e^-eta once eta passes about 400 (exp(eta)^2 overflows inside the backward graph), so a far, correctly classified cell gets weight 1; input: the visible data (V, seed 2024) plus one cell at x1 = 300, x2 = 0 with y = 1 (max |eta| 422 at the MLE, below numpy's overflow): 25 iterations without converging, beta [-0.799219683, 1.355819367, -2.109958861], last deviance 179.295346, instead of 9 iterations to [-0.810579223, 1.408592234, -2.139372257] and 179.246662 (x1 = 400: [-0.743154412, 1.076504067, -1.964214901]); breaks 'Allowed data include cells far from the boundary: some |eta_j| may pass 40 ... Your function must return the same iterates and finite deviances there'
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    # Newton's method with the derivatives from autograd, as in Section 5 of the notebook:
    # the negative log-likelihood is sum(log(1 + e^eta) - y eta), its Hessian is X^T W X.
    X_t = torch.as_tensor(np.asarray(X, dtype=float), dtype=torch.float64)
    y_t = torch.as_tensor(np.asarray(y, dtype=float), dtype=torch.float64)

    def nll(b):
        eta = X_t @ b
        return torch.sum(torch.log1p(torch.exp(eta)) - y_t * eta)

    beta = torch.zeros(X_t.shape[1], dtype=torch.float64)
    history = {'beta': [beta.numpy().copy()], 'deviance': []}
    for _ in range(max_iter):
        b = beta.clone().requires_grad_(True)
        grad = torch.autograd.grad(nll(b), b)[0]
        H = hessian(nll, beta)
        beta_new = beta - torch.linalg.solve(H, grad)
        change = torch.max(torch.abs(beta_new - beta)).item()
        beta = beta_new.detach()
        eta = X_t @ beta
        history['beta'].append(beta.numpy().copy())
        history['deviance'].append(float(2.0 * torch.sum(torch.logaddexp(torch.zeros_like(eta), eta) - y_t * eta)))
        if change < tol:
            break
    return beta.numpy().copy(), history
