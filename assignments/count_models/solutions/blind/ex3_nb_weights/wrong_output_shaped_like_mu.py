# verdict: wrong
# what: the result is allocated with np.zeros_like(mu) and filled through masks, so it always has mu's shape; when alpha has more dimensions or a longer axis than mu (mu of shape (n_samples,) against alpha of shape (n_genes, 1)) it fails; breaks "Return a float numpy array of the broadcast shape of `mu` and `alpha`"
# feedback: shape|broadcast
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    w = np.zeros_like(mu, dtype=float)
    with np.errstate(over='ignore'):
        product = alpha * mu + np.zeros_like(mu)
    big = product > 1.0
    mu_b = mu + np.zeros_like(product)
    alpha_b = alpha + np.zeros_like(product)
    w[big] = 1.0 / (alpha_b[big] + 1.0 / mu_b[big])
    w[~big] = mu_b[~big] / (1.0 + product[~big])
    return w
