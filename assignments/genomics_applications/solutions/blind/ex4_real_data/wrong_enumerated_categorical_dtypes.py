# verdict: wrong
# what: decides 'categorical' by listing dtypes (category, object, bool) and treats everything else as numeric, so a pandas 'string' dtype column goes to astype(float) (ValueError, or a numeric column if the strings look like numbers)
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        is_categorical = (isinstance(col.dtype, pd.CategoricalDtype) or col.dtype == object
                          or pd.api.types.is_bool_dtype(col))
        if not is_categorical:
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(cov)
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
    if rank < min(X.shape):
        cond = np.inf
    else:
        cond = float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
