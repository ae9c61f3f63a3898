# verdict: correct
# what: starts from the literal quotient and overwrites the entries where alpha mu > 1 through a boolean mask
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float)
    shape = np.broadcast_shapes(mu.shape, alpha.shape)
    m = np.broadcast_to(mu, shape)
    a = np.broadcast_to(alpha, shape)
    w = np.empty(shape)
    big = a > 1.0 / np.maximum(m, 1e-300)
    w[~big] = m[~big] / (1.0 + a[~big] * m[~big])
    w[big] = 1.0 / (a[big] + 1.0 / m[big])
    return w
