# verdict: wrong
# what: an object column whose values all parse as numbers (pd.to_numeric succeeds) is treated as numeric. Breaks "any other column (pandas categorical, strings/objects, booleans) is treated as categorical": a string column ['1', '2', '10', '2'] is z-scored instead of giving indicators for levels '10' and '2'.
def build_design_matrix(obs, covariates, standardize=True):
    data = {'intercept': np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if not numeric and col.dtype == object:
            try:                                   # numbers stored as text
                col = pd.to_numeric(col)
                numeric = True
            except (ValueError, TypeError):
                pass
        if numeric:
            x = col.astype(float).to_numpy()
            data[cov] = (x - x.mean()) / x.std(ddof=0) if standardize else x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                data[f'{cov}[T.{level}]'] = (labels == level).to_numpy(dtype=float)
    names = [str(k) for k in data]
    return np.column_stack(list(data.values())), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
