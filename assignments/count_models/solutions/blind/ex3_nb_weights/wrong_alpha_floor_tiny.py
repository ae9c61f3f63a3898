# verdict: wrong
# what: alpha is floored at the smallest normal double so that the saturated form never divides by alpha = 0; for alpha = 0 and mu above about 1e296 the weight is then far from mu; breaks "`mu` itself where `alpha == 0`" and "each entry within a relative 10^-12 of the exact value"
# feedback: alpha|Poisson|mu itself|alpha == 0|alpha = 0
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    mu = np.asarray(mu, dtype=float)
    alpha = np.maximum(np.asarray(alpha, dtype=float), np.finfo(float).tiny)   # alpha > 0 from here on
    mu, alpha = np.broadcast_arrays(mu, alpha)
    with np.errstate(over='ignore', divide='ignore'):
        product = alpha * mu
        big = product > 1.0
        safe_mu = np.where(big, mu, 1.0)
        return np.where(big, 1.0 / (alpha + 1.0 / safe_mu), mu / (1.0 + product))
