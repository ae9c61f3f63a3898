# verdict: wrong
# what: switches to the limit 1 / alpha when mu itself exceeds 1e300 (the lesson's demo values) instead of using 1 / (alpha + 1 / mu) where alpha * mu > 1: wrong (inf) for alpha = 0 and wrong for tiny alpha with huge mu; breaks "`mu` itself where `alpha == 0`" and "where alpha mu > 1, w = 1/(alpha + 1/mu) is safe", "each entry within a relative 10^-12 of the exact value"
# feedback: alpha|mu|relative|exact
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    huge = mu > 1e300                     # only there can alpha * mu overflow
    with np.errstate(over='ignore', divide='ignore'):
        limit = 1.0 / alpha + np.zeros_like(mu)
        literal = mu / (1.0 + alpha * np.where(huge, 1.0, mu))
    return np.where(huge, limit, literal)
