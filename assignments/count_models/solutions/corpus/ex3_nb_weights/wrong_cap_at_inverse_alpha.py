# verdict: wrong
# what: approximates the weight by min(mu, 1 / alpha), the two asymptotes, which is wrong in between
# feedback: mu / \(1 \+ alpha mu\)|weights|alpha = 0
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    with np.errstate(divide='ignore'):
        return np.minimum(mu, 1.0 / alpha)
