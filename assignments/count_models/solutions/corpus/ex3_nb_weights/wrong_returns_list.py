# verdict: wrong
# what: returns a Python list (w.tolist()) instead of a numpy array
# feedback: numpy array|list
def nb_weights(mu, alpha):
    mu, alpha = np.broadcast_arrays(np.asarray(mu, dtype=float), np.asarray(alpha, dtype=float))
    with np.errstate(over='ignore', divide='ignore'):
        am = alpha * mu
        return np.where(am > 1, 1.0 / (alpha + 1.0 / np.where(am > 1, mu, 1.0)), mu / (1.0 + am)).tolist()
