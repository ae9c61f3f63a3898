def l2_norm(x):
    """The Euclidean norm of a 1-D float array, as a float."""
    ### BEGIN SOLUTION
    x = np.asarray(x, dtype=float)
    scale = float(np.max(np.abs(x))) if x.size else 0.0
    if scale == 0.0:
        return 0.0
    return scale * float(np.sqrt(np.sum((x / scale) ** 2)))
    ### END SOLUTION
