# verdict: wrong
# what: drops rows whose index label repeats (obs[~obs.index.duplicated()], 'a barcode seen twice is the same cell'): d = [1, 2, 4, 7], g = ['x', 'y', 'x', 'z'] with index ['AAAC-1', 'AAAG-1', 'AAAG-1', 'AACT-1']: X of shape (3, 4) with depth z-scores [-0.889, -0.508, 1.397] instead of (4, 4) with [-1.0911, -0.6547, 0.2182, 1.5275]; unique indexes (the visible table, PBMC) right; breaks "obs is a pandas DataFrame (one row per cell; its index can be anything)" and "X is a float numpy array with one row per row of obs, in the same order"
def build_design_matrix(obs, covariates, standardize=True):
    # a barcode that appears twice is the same cell counted twice (e.g. after concatenating runs)
    obs = obs[~obs.index.duplicated(keep='first')]
    columns = {'intercept': np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x.to_numpy()
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns[f'{cov}[T.{level}]'] = (labels == level).to_numpy(dtype=float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
