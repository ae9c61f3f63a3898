# verdict: correct
# what: 1 / (1 / mu + alpha) everywhere: mu = 0 gives 1 / inf = 0 and alpha = 0 gives 1 / (1 / mu), within an ulp of mu; division warnings silenced
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=np.float64)
    alpha = np.asarray(alpha, dtype=np.float64)
    with np.errstate(divide='ignore'):
        return 1.0 / (1.0 / mu + alpha)
