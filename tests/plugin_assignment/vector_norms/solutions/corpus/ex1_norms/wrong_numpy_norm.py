# verdict: wrong
# what: np.linalg.norm squares without scaling for a 1-D vector, so entries near 1e200 overflow to inf
def l2_norm(x):
    return float(np.linalg.norm(np.asarray(x, dtype=float)))
