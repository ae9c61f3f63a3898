# verdict: wrong
# what: returns the variance mu + alpha mu^2 instead of the weight mu^2 / variance
# feedback: mu / \(1 \+ alpha mu\)|weights|NaN|inf
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=float)
    with np.errstate(over='ignore'):
        return mu + np.asarray(alpha, dtype=float) * mu ** 2
