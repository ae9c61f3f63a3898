# verdict: wrong
# what: returns the Poisson weights mu whatever alpha is
# feedback: mu / \(1 \+ alpha mu\)|weights
def nb_weights(mu, alpha):
    return np.asarray(mu, dtype=float) * np.ones_like(np.asarray(alpha, dtype=float))
