# verdict: wrong
# what: squares entries directly, so 1e200 overflows to inf
def l2_norm(x):
    return float(np.sqrt(np.sum(np.asarray(x, dtype=float) ** 2)))
