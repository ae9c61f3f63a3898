# verdict: wrong
# what: reads each covariate with getattr(obs, cov), as in obs.n_counts, which returns a DataFrame attribute instead of the column when the name clashes with one: obs with index ['c1', 'c2', 'c3', 'c4'] and a column 'index' = ['a', 'b', 'a', 'b'] gives the indicators of the cell names c2, c3, c4 (X 4 x 4) instead of 'index[T.b]' = [0, 1, 0, 1]; a covariate named 'sample' (a method) or 'size' (an int) raises AttributeError instead of the design ('sample[T.s2]' = [0, 1, 0, 1]; 'size' z-scored [-0.65465, 0.21822, -1.09109, 1.52753]); the visible and PBMC names are safe; breaks "covariates a list of distinct column names of obs" (any column)
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = getattr(obs, cov)                  # obs.n_counts, obs.phase, ... as in the scanpy tutorials
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
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
