# verdict: wrong
# what: takes the reference level as min(levels) but emits the other indicators in order of first appearance (labels.unique()), not sorted: obs with g = ['c', 'b', 'a', 'c'], covariates ['g']: names ['intercept', 'g[T.c]', 'g[T.b]'], columns [1, 0, 0, 1], [0, 1, 0, 0] instead of ['intercept', 'g[T.b]', 'g[T.c]'], [0, 1, 0, 0], [1, 0, 0, 1]; PBMC ['phase']: 'phase[T.S]' before 'phase[T.G2M]' (also bulk_labels and louvain); the visible table happens to list its levels in sorted order after the reference, so it passes; breaks "every other level gives a 0/1 indicator column ..., in sorted order"
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x.to_numpy(dtype=float))
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = list(labels.unique())            # the levels that occur
            reference = min(levels)                   # the first level in sorted order is the reference
            for level in levels:
                if level != reference:
                    columns.append((labels == level).to_numpy(dtype=float))
                    names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
