# verdict: wrong
# what: the sum of absolute values (the 1-norm), not the Euclidean norm
def l2_norm(x):
    return float(np.sum(np.abs(x)))
