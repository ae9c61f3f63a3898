# verdict: correct
# what: direct port of the notebook's irls_poisson with a dense np.diag weight matrix (slow but correct), 1 - mu as 1/(1 + e^eta) and W z without dividing by the weights, prints when it converges
def irls_logistic(X, y, max_iter=25, tol=1e-8):
    """
    IRLS for logistic regression: y ~ Bernoulli(sigmoid(X @ beta))
    Same structure as irls_poisson above, with the binomial weights.
    """
    n, p = X.shape
    beta = np.zeros(p)  # Initialize at zero

    history = {'beta': [beta.copy()], 'deviance': []}

    for iteration in range(max_iter):
        # Current predictions
        eta = X @ beta
        mu = 1 / (1 + np.exp(-eta))
        one_minus_mu = 1 / (1 + np.exp(eta))  # not 1 - mu: that rounds to 0 for large eta

        # Weights (for logistic: W = diag(mu (1 - mu)))
        W = np.diag(mu * one_minus_mu)

        # Working response

        # IRLS update: solve weighted least squares
        XtWX = X.T @ W @ X
        # W z = W eta + (y - mu): the working response without dividing by the weights
        XtWz = X.T @ (W @ eta + (y - mu))

        beta_new = np.linalg.solve(XtWX, XtWz)

        # Check convergence
        change = np.max(np.abs(beta_new - beta))
        beta = beta_new

        # Deviance at the updated coefficients
        eta = X @ beta
        deviance = -2 * np.sum(y * np.log(1 / (1 + np.exp(-eta))) + (1 - y) * np.log(1 / (1 + np.exp(eta))))

        history['beta'].append(beta.copy())
        history['deviance'].append(deviance)

        if change < tol:
            print(f"Converged in {iteration + 1} iterations")
            break

    return beta, history
