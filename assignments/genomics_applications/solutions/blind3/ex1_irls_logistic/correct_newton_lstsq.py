# verdict: correct
# what: IRLS written as Newton steps beta + (X^T W X)^{-1} X^T (y - p) (algebraically the statement's update, without dividing by w), solved with lstsq, a two-branch stable sigmoid and a while loop with an explicit iteration counter
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """Logistic regression fitted by IRLS; returns (beta, history)."""
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    n_coef = X.shape[1]
    beta = np.zeros(n_coef)
    betas = [beta.copy()]
    devs = []
    n_done = 0
    while n_done < max_iter:
        eta = X @ beta
        prob = np.where(eta >= 0, 1.0 / (1.0 + np.exp(-np.abs(eta))),
                        np.exp(-np.abs(eta)) / (1.0 + np.exp(-np.abs(eta))))
        w = prob * (1.0 - prob)
        # (X^T W X)^{-1} X^T W z with W z = W eta + (y - p) equals beta + (X^T W X)^{-1} X^T (y - p)
        H = X.T @ (w[:, None] * X)
        g = X.T @ (y - prob)
        step = np.linalg.lstsq(H, g, rcond=None)[0]
        new_beta = beta + step
        largest = float(np.abs(new_beta - beta).max())
        beta = new_beta
        n_done += 1
        eta_new = X @ beta
        betas.append(beta.copy())
        devs.append(float(2.0 * (np.logaddexp(0.0, eta_new) - y * eta_new).sum()))
        if largest < tol:
            break
    return beta, {'beta': betas, 'deviance': devs}
