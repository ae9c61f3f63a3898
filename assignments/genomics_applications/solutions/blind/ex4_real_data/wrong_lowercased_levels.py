# verdict: wrong
# what: lower-cases the level strings before sorting and matching, so levels differing only in case merge and mixed-case levels sort differently ('B' should come before 'a')
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
            labels = col.astype(str).str.lower().to_numpy()    # 'CD14+ Monocyte' == 'cd14+ monocyte'
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
