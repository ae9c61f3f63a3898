# verdict: wrong
# what: np.divide(1, mu, where=mu > 0) leaves the entries for mu = 0 undefined (here NaN): those weights come out NaN instead of 0
# feedback: mu = 0|NaN|inf|not 0
def nb_weights(mu, alpha):
    mu, alpha = np.broadcast_arrays(np.asarray(mu, dtype=float), np.asarray(alpha, dtype=float))
    inv = np.divide(1.0, mu, where=mu > 0)
    inv[mu == 0] = np.nan
    return 1.0 / (alpha + inv)
