# verdict: wrong
# what: mu is taken with np.asarray(mu) and only integer arrays are converted, so a float32 mu is computed and returned in float32 (about 1e-7 relative error against the exact weights of the given float32 values); breaks "each entry within a relative 10^-12 of the exact value" for "mu is a float (or integer) numpy array"
# feedback: relative|float64|float32|precision|exact
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    mu = np.asarray(mu)
    if mu.dtype.kind in 'iub':
        mu = mu.astype(float)
    with np.errstate(over='ignore', divide='ignore'):
        product = alpha * mu
        big = product > 1
        literal = mu / (1 + product)
        saturated = 1 / (alpha + 1 / np.where(big, mu, 1))
    return np.where(big, saturated, literal)
