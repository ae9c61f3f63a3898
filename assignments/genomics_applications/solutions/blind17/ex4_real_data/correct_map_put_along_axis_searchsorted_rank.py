# verdict: correct
# what: correct: covariates encoded into a list of (name, float64 column) pairs; numeric columns converted with col.astype(float) and z-scored with np.average and a population sd sqrt(average((x - m)^2)); categorical columns as strings, levels sorted(set(...)), each cell's level position from Series.map of a dict, the indicators scattered into a zero block with np.put_along_axis and the reference level's column dropped; X stacked once with np.stack(axis=1); diagnostics from np.linalg.svd(compute_uv=False) with the rank found by np.searchsorted on the reversed singular values at numpy's tolerance S.max() * max(X.shape) * eps written out
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix: intercept, z-scored (or raw) numeric covariates, indicators of sorted string levels."""
    pairs = [("intercept", np.ones(len(obs)))]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy(dtype=np.float64)
            if standardize:
                m = np.average(x)
                x = (x - m) / np.sqrt(np.average((x - m) ** 2))
            pairs.append((str(cov), x))
            continue
        labels = col.astype(str)
        levels = sorted(set(labels))
        position = labels.map({level: k for k, level in enumerate(levels)}).to_numpy(dtype=np.intp)
        block = np.zeros((len(obs), len(levels)))
        np.put_along_axis(block, position[:, None], 1.0, axis=1)
        pairs.extend((f"{cov}[T.{level}]", block[:, k]) for k, level in enumerate(levels) if k > 0)
    names = [name for name, _ in pairs]
    return np.stack([column for _, column in pairs], axis=1), names


def design_diagnostics(X):
    """Singular values (descending), rank at numpy's default tolerance, condition number (inf if deficient)."""
    X = np.asarray(X, dtype=np.float64)
    s = np.linalg.svd(X, compute_uv=False)
    tol = (s.max() if s.size else 0.0) * max(X.shape) * np.finfo(np.float64).eps
    rank = int(s.size - np.searchsorted(s[::-1], tol, side="right"))    # how many exceed tol
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}
