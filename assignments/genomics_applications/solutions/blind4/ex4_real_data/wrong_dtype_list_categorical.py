# verdict: wrong
# what: a column is categorical only if its dtype is object, bool (col.dtype == bool) or pandas categorical, and numeric otherwise. Breaks "a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col))": a pandas nullable 'boolean' column is z-scored instead of giving an indicator ('string' columns fail).
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    cols = [np.ones(n)]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        is_categorical = (col.dtype == object or col.dtype == bool
                          or isinstance(col.dtype, pd.CategoricalDtype))
        if not is_categorical:
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))
            for level in levels[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
