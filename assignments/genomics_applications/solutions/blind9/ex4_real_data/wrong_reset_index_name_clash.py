# verdict: wrong
# what: obs.reset_index() (without drop=True) 'to get a plain 0..n-1 index' inserts the index as a column, which fails when the index's name is also a column name (an obs indexed with set_index('barcode', drop=False), as AnnData tables often are: ValueError 'cannot insert barcode, already exists' instead of the design; X is right otherwise); breaks "obs is a pandas DataFrame (one row per cell; its index can be anything)"
def build_design_matrix(obs, covariates, standardize=True):
    # work on a plain 0..n-1 index so nothing can be aligned on the cell labels
    df = obs.reset_index()
    X = np.ones((len(df), 1))
    names = ['intercept']
    for cov in covariates:
        col = df[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X = np.column_stack([X, x])
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            for level in levels[1:]:
                X = np.column_stack([X, (labels == level).to_numpy(dtype=float)])
                names.append(f'{cov}[T.{level}]')
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
