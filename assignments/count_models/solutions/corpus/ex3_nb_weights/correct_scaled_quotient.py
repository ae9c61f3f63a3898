# verdict: correct
# what: divides numerator and denominator by max(1, alpha mu) computed in logs, so nothing overflows
def nb_weights(mu, alpha):
    mu = np.asarray(mu, dtype=float)
    alpha = np.asarray(alpha, dtype=float) + np.zeros_like(mu)
    mu = mu + np.zeros_like(alpha)
    out = np.zeros(mu.shape)
    pos = mu > 0
    m, a = mu[pos], alpha[pos]
    with np.errstate(divide='ignore'):
        big = np.log(a) + np.log(m) > 0
    out_pos = np.empty(m.shape)
    out_pos[~big] = m[~big] / (1 + a[~big] * m[~big])
    out_pos[big] = 1.0 / (a[big] + 1.0 / m[big])
    out[pos] = out_pos
    return out
