# verdict: correct
# what: the quotient where alpha mu <= 1 and 1 / (alpha + 1 / mu) beyond, chosen with np.where after broadcasting
def nb_weights(mu, alpha):
    mu, alpha = np.broadcast_arrays(np.asarray(mu, dtype=float), np.asarray(alpha, dtype=float))
    with np.errstate(over='ignore', divide='ignore'):
        am = alpha * mu
        return np.where(am > 1, 1.0 / (alpha + 1.0 / np.where(am > 1, mu, 1.0)), mu / (1.0 + am))
