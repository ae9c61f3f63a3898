# verdict: wrong
# what: guards the division by alpha and returns 0 where alpha = 0 instead of the Poisson weight mu
# feedback: alpha = 0|Poisson
def nb_weights(mu, alpha):
    mu, alpha = np.broadcast_arrays(np.asarray(mu, dtype=float), np.asarray(alpha, dtype=float))
    with np.errstate(divide='ignore', invalid='ignore'):
        w = 1.0 / (alpha + 1.0 / mu)
    return np.where(alpha > 0, w, 0.0)
