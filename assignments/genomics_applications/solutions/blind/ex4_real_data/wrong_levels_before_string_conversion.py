# verdict: wrong
# what: takes the distinct raw values first and converts them to strings afterwards, so values that become the same string (e.g. 1 and '1' in an object column) count as two levels: a repeated indicator column and name, one equal to the reference
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
            levels = sorted(pd.unique(col.to_numpy()), key=str)   # distinct values, in string order
            labels = col.astype(str).to_numpy()
            for level in levels[1:]:
                columns.append((labels == str(level)).astype(float))
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
