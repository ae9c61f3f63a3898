# verdict: wrong
# what: for a pandas categorical the levels are all of col.cat.categories, including unused categories: an unused category gives an all-zero column (or becomes the dropped reference level)
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            if isinstance(col.dtype, pd.CategoricalDtype):
                levels = sorted(str(c) for c in col.cat.categories)   # the categorical knows its levels
            else:
                levels = sorted(set(labels))
            for level in levels[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    if rank < min(X.shape):
        cond = np.inf
    else:
        cond = float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
