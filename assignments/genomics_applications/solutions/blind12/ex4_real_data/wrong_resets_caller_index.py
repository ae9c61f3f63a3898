# verdict: wrong
# what: sets obs.index = pd.RangeIndex(len(obs)) on the caller's DataFrame so that its blocks line up; X and names are right, but the caller loses its index: obs indexed by barcodes ['AAAC-1', 'AAAG-1', 'AACT-1', 'AAGC-1'] with d = [1, 2, 4, 7], g = ['x', 'y', 'x', 'z'] has index [0, 1, 2, 3] after the call (PBMC's .obs loses its 700 barcodes likewise); breaks "obs is a pandas DataFrame (one row per cell; its index can be anything)" and the format rules' "each must leave the session as it found it"
def build_design_matrix(obs, covariates, standardize=True):
    # a plain 0..n-1 index, so that the blocks built below line up row by row
    obs.index = pd.RangeIndex(len(obs))
    blocks = {'intercept': pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            blocks[str(cov)] = (x - x.mean()) / x.std(ddof=0) if standardize else x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                blocks[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    design = pd.concat(blocks, axis=1)
    return design.to_numpy(dtype=float), list(design.columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
