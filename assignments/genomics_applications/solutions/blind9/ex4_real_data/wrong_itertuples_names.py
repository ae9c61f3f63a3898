# verdict: wrong
# what: fills a preallocated X cell by cell from obs[covariates].itertuples() with getattr(row, name); itertuples renames columns that are not Python identifiers, so names such as 'percent.mito' (Seurat's style) or 'cell type' raise AttributeError instead of giving the design; identifier names (the visible table, PBMC) are right; breaks "covariates a list of distinct column names of obs" (any column names)
def build_design_matrix(obs, covariates, standardize=True):
    covariates = list(covariates)
    numeric = {c: pd.api.types.is_numeric_dtype(obs[c]) and not pd.api.types.is_bool_dtype(obs[c])
               for c in covariates}
    levels = {c: sorted(set(obs[c].astype(str))) for c in covariates if not numeric[c]}
    names = ['intercept']
    for c in covariates:
        names += [str(c)] if numeric[c] else [f'{c}[T.{lv}]' for lv in levels[c][1:]]
    X = np.zeros((len(obs), len(names)))
    X[:, 0] = 1.0
    # fill the matrix cell by cell
    for i, row in enumerate(obs[covariates].itertuples(index=False)):
        j = 1
        for c in covariates:
            value = getattr(row, c)
            if numeric[c]:
                X[i, j] = float(value)
                j += 1
            else:
                for lv in levels[c][1:]:
                    X[i, j] = float(str(value) == lv)
                    j += 1
    if standardize:
        j = 1
        for c in covariates:
            if numeric[c]:
                X[:, j] = (X[:, j] - X[:, j].mean()) / X[:, j].std()
                j += 1
            else:
                j += len(levels[c]) - 1
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
