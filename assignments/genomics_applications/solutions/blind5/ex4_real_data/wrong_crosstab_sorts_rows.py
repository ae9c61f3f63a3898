# verdict: wrong
# what: the indicator columns come from pd.crosstab(obs.index, labels), which sorts the rows by index label, while the intercept and numeric columns keep the row order of obs; with an index that is not sorted the indicators belong to other cells; breaks "X is a float numpy array with one row per row of obs, in the same order" ("its index can be anything").
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    blocks = [np.ones((n, 1))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std()
            blocks.append(x[:, None])
            names.append(cov)
        else:
            table = pd.crosstab(obs.index, col.astype(str))      # cells x levels, 0/1
            levels = sorted(table.columns)
            for level in levels[1:]:
                blocks.append(table[level].to_numpy(dtype=float)[:, None])
                names.append(f'{cov}[T.{level}]')
    return np.hstack(blocks), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}

