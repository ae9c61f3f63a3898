# verdict: correct
# what: one helper per covariate returning (block, names): numeric columns as a float64 numpy vector z-scored with the population sd computed as ||x - mean|| / sqrt(n); categorical ones as a zero block filled by np.add.at at (row, position of the string label in the sorted levels), first column dropped; blocks joined by np.concatenate; diagnostics from np.linalg.svd(compute_uv=False) with numpy's rank tolerance written out; X, names and diagnostics equal the reference's (1e-12) on the visible table (four covariate sets), blind7's T1, T4, T5, TB (with a string column) and TC (repeated index, object column ['1', 1, 'a', 1], ordered categorical, constant column kept raw), the nine PBMC sets with and without standardising, the trigger tables of this batch (levels 'unknown' and 'NA', a pct_counts_mt column, 1200 cells with a late level) and the 11 diagnostics matrices (zeros((3, 2)), a 3 x 7 Gaussian, [[2]], the visible rank-deficient 10 x 3, singular values [1, 1e-5, 1e-9], [1, day, day], 0.1 I_50, a square rank-2 3 x 3, [[1, 10], [0, 1]], [[1, 5], [1, 1]], the PBMC louvain + bulk_labels design)
def _encode(col, name, standardize):
    """(block, names) of one covariate: a float64 block with one column per output column."""
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        x = col.astype(float).to_numpy(dtype=np.float64)
        if standardize:
            centred = x - x.mean()
            x = centred / (np.linalg.norm(centred) / np.sqrt(x.size))   # population sd
        return x[:, None], [name]
    labels = col.astype(str).to_numpy(dtype=object)
    levels = sorted(set(labels))
    position = {level: k for k, level in enumerate(levels)}
    block = np.zeros((labels.size, len(levels)))
    np.add.at(block, (np.arange(labels.size), [position[v] for v in labels]), 1.0)
    return block[:, 1:], [f'{name}[T.{level}]' for level in levels[1:]]


def build_design_matrix(obs, covariates, standardize=True):
    blocks, names = [np.ones((len(obs), 1))], ['intercept']
    for cov in covariates:
        block, block_names = _encode(obs[cov], str(cov), standardize)
        blocks.append(block)
        names.extend(block_names)
    return np.concatenate(blocks, axis=1), names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64, copy=True)
    s = np.linalg.svd(A, compute_uv=False)
    tol = (s.max() if s.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    return {'singular_values': s, 'rank': rank,
            'condition_number': float(s[0] / s[-1]) if rank == min(A.shape) else np.inf}
