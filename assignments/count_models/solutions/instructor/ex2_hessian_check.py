def poisson_hessian(X, beta):
    """Hessian of the Poisson negative log-likelihood in closed form.

    Parameters
    ----------
    X : array (n, p)
    beta : array (p,)

    Returns
    -------
    ndarray (p, p), float64
        X^T diag(exp(X beta)) X.
    """
    ### BEGIN SOLUTION
    X = np.asarray(X, dtype=float)
    mu = np.exp(X @ np.asarray(beta, dtype=float))
    return X.T @ (mu[:, None] * X)
    ### END SOLUTION


def autograd_hessian(X, y, beta):
    """Hessian of the Poisson NLL sum(exp(eta) - y * eta) at beta, by torch autograd in float64.

    Parameters
    ----------
    X : array (n, p)
    y : array (n,), counts
    beta : array (p,)

    Returns
    -------
    ndarray (p, p), float64
    """
    ### BEGIN SOLUTION
    X_t = torch.as_tensor(np.asarray(X, dtype=np.float64))
    y_t = torch.as_tensor(np.asarray(y, dtype=np.float64))
    beta_t = torch.as_tensor(np.asarray(beta, dtype=np.float64))

    def nll(b):
        eta = X_t @ b
        return torch.sum(torch.exp(eta) - y_t * eta)

    return hessian(nll, beta_t).detach().numpy().copy()
    ### END SOLUTION


def classify_stationary_point(H, rtol=1e-8):
    """'minimum', 'maximum', 'saddle' or 'degenerate' from a symmetric Hessian H (p, p).

    An eigenvalue with |lambda| <= rtol * max|lambda| counts as zero; if
    max|lambda| <= 1e-14, every eigenvalue does.
    """
    ### BEGIN SOLUTION
    eigenvalues = np.linalg.eigvalsh(np.asarray(H, dtype=float))
    largest = np.max(np.abs(eigenvalues))
    threshold = rtol * largest if largest > 1e-14 else np.inf
    positive, negative = eigenvalues > threshold, eigenvalues < -threshold
    if positive.any() and negative.any():
        return 'saddle'
    if positive.all():
        return 'minimum'
    if negative.all():
        return 'maximum'
    return 'degenerate'
    ### END SOLUTION
