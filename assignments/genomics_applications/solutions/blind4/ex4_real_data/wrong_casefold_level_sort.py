# verdict: wrong
# what: levels sorted alphabetically ignoring case (sorted(..., key=str.lower)). Breaks "sorted as Python sorts strings (so ... 'B' before 'a' ...)": for ['a', 'B', 'a'] the reference level becomes 'a' and 'B' gets the column.
def build_design_matrix(obs, covariates, standardize=True):
    X = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X.append(x.to_numpy())
            names.append(cov)
            continue
        labels = col.astype(str)
        levels = sorted(labels.unique(), key=str.lower)     # alphabetical order
        for level in levels[1:]:
            X.append((labels == level).to_numpy(dtype=float))
            names.append(f'{cov}[T.{level}]')
    return np.column_stack(X), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
