# verdict: wrong
# what: the literal mu / (1 + alpha mu): where alpha mu overflows to inf the weight is 0 instead of about 1 / alpha
# feedback: overflow|1 / alpha
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    with np.errstate(over='ignore'):
        return mu / (1 + alpha * mu)
