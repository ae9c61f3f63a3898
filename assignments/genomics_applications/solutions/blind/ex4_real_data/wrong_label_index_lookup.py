# verdict: wrong
# what: fills indicator columns with labels[i] for i in range(n): on a Series that is label-based lookup, so with an integer index other than 0..n-1 (shuffled or offset) the rows are permuted or a KeyError is raised (it only works for a RangeIndex or, with a FutureWarning, a string index)
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    columns = [np.ones(n)]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x.to_numpy())
            names.append(cov)
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                indicator = np.zeros(n)
                for i in range(n):
                    if labels[i] == level:          # value of cell i
                        indicator[i] = 1.0
                columns.append(indicator)
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
