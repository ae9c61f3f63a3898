def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu).

    Parameters
    ----------
    mu : array
        Fitted means, finite and >= 0 (any shape).
    alpha : float or array
        Dispersion(s), finite and >= 0, broadcastable with mu.

    Returns
    -------
    ndarray of float64, the broadcast shape of mu and alpha
        mu where alpha = 0 (Poisson), about 1 / alpha for very large mu, 0 where mu = 0.
    """
    ### BEGIN SOLUTION
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    mu, alpha = np.broadcast_arrays(mu, alpha)
    with np.errstate(over='ignore'):   # alpha * mu may overflow to inf: those entries use the other form
        product = alpha * mu
    big = product > 1.0
    literal = mu / (1.0 + product)
    saturated = 1.0 / (alpha + 1.0 / np.where(big, mu, 1.0))
    return np.where(big, saturated, literal)
    ### END SOLUTION
