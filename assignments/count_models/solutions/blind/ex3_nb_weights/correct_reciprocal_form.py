# verdict: correct
# what: one formula everywhere, w = 1 / (alpha + 1 / mu) (1 / 0 = inf gives w = 0 at mu = 0), with division warnings silenced, on float64 copies
def nb_weights(mu, alpha):
    """IRLS weights of a negative-binomial GLM with a log link (DESeq2's): mu / (1 + alpha mu)."""
    m = np.array(mu, dtype=np.float64)
    a = np.array(alpha, dtype=np.float64)
    with np.errstate(divide='ignore'):
        inv_mu = np.reciprocal(m)              # inf where mu == 0
    w = np.reciprocal(a + inv_mu)               # 1 / inf = 0; alpha = 0 gives 1 / (1 / mu) = mu
    return np.asarray(w, dtype=np.float64)      # an array even for 0-d inputs
