# verdict: wrong
# what: the literal quotient, then the entries where alpha * mu overflowed are patched with w[over] = 1 / alpha, which only works for a scalar alpha: with one dispersion per gene (a column) and an overflow it raises; breaks "alpha is ... a float numpy array of such values that broadcasts with mu (numpy's rules: one dispersion per gene as a column of shape (n_genes, 1) ...)" together with "alpha mu may exceed the largest double: the weight must still be right there"
# feedback: alpha|broadcast|shape|gene
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    with np.errstate(over='ignore'):
        product = alpha * mu
    w = np.array(mu / (1.0 + product))   # a writable array
    over = np.isinf(product)
    if over.any():                       # alpha * mu overflowed: the weight is 1 / alpha there
        w[over] = 1.0 / alpha
    return w
