# verdict: wrong
# what: computes in float32 (np.float32 arrays), so weights are only accurate to 1e-7 and huge means overflow
# feedback: weights|overflow|NaN|inf|mu / \(1
def nb_weights(mu, alpha):
    mu, alpha = np.broadcast_arrays(np.asarray(mu, dtype=np.float32), np.asarray(alpha, dtype=np.float32))
    with np.errstate(over='ignore', divide='ignore'):
        am = alpha * mu
        return np.where(am > 1, 1 / (alpha + 1 / np.where(am > 1, mu, 1)), mu / (1 + am)).astype(float)
