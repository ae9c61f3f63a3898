# verdict: correct
# what: correct: one helper per kind of covariate; numeric: a float64 copy, population sd as sqrt(mean(centred^2)); categorical: levels as a pandas Index of the sorted string labels, each cell's position by Index.get_indexer, indicators filled by fancy indexing into a zero block, the first column dropped; np.concatenate; diagnostics from the SVD of the tall one of X and X.T, the rank counted at numpy's tolerance written out; equal to the reference (1e-12) on every ordinary input of blind16's README
def _numeric_block(col, standardize):
    x = col.astype(float).to_numpy(dtype=np.float64)
    if standardize:
        centred = x - x.mean()
        x = centred / np.sqrt(np.mean(centred * centred))
    return x[:, None]


def _indicator_block(col):
    labels = pd.Index(col.astype(str).to_numpy(dtype=object))
    levels = pd.Index(sorted(set(labels)))
    position = levels.get_indexer(labels)              # where each cell's label sits among the levels
    block = np.zeros((len(labels), len(levels)))
    block[np.arange(len(labels)), position] = 1.0
    return block[:, 1:], [str(lv) for lv in levels[1:]]


def build_design_matrix(obs, covariates, standardize=True):
    blocks, names = [np.ones((len(obs), 1))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            blocks.append(_numeric_block(col, standardize))
            names.append(str(cov))
        else:
            block, levels = _indicator_block(col)
            blocks.append(block)
            names.extend(f'{cov}[T.{lv}]' for lv in levels)
    return np.concatenate(blocks, axis=1).astype(np.float64), names


def design_diagnostics(X):
    A = np.asarray(X, dtype=np.float64)
    # the singular values of X are those of its transpose: decompose the tall one
    tall = A if A.shape[0] >= A.shape[1] else A.T
    s = np.linalg.svd(np.ascontiguousarray(tall), compute_uv=False)
    tol = s[0] * max(A.shape) * np.finfo(np.float64).eps if s.size else 0.0
    rank = int(np.count_nonzero(s > tol))
    cond = float(s[0] / s[-1]) if rank == min(A.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
