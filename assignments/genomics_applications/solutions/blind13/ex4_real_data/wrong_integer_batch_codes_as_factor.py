# verdict: wrong
# what: treats an integer covariate whose name contains 'batch', 'sample', 'donor', 'plate', 'lane' or 'replicate' as categorical, like R's factor(batch): obs with depth [1, 2, 4, 7, 3] and batch int64 [1, 2, 1, 3, 2], covariates ['depth', 'batch'] gives columns 'batch[T.2]' = [0, 1, 0, 0, 1] and 'batch[T.3]' = [0, 0, 0, 1, 0] instead of one column 'batch' = [-1.069, 0.2673, -1.069, 1.6036, 0.2673] (raw [1, 2, 1, 3, 2] with standardize=False); breaks "a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)) gives one column"
# integer codes of these covariates are labels, not measurements (R: factor(batch))
ID_LIKE = ('batch', 'sample', 'donor', 'plate', 'lane', 'replicate')


def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        id_codes = pd.api.types.is_integer_dtype(col) and any(k in str(cov).lower() for k in ID_LIKE)
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col) and not id_codes:
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
