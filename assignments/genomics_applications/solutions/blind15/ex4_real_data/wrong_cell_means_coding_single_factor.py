# verdict: wrong
# what: cell-means coding (limma's ~ 0 + group) when the only covariate is categorical: one indicator per level and no intercept; input: batch ['b', 'a', 'c', 'a'], covariates ['batch']: names ['batch[a]', 'batch[b]', 'batch[c]'], column 0 = [0, 1, 0, 1] instead of ['intercept', 'batch[T.b]', 'batch[T.c]'] with a column of ones (PBMC ['phase'], ['bulk_labels'], ['louvain'] likewise; designs with two or more covariates are right); breaks 'Column 0 is all ones and is named intercept' and 'The first level is the reference and gets no column'
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
    def is_numeric(col):
        return pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)

    if len(covariates) == 1 and not is_numeric(obs[covariates[0]]):
        # one grouping factor: cell-means coding (limma/DESeq2 "~ 0 + group"), one column per
        # level, so each coefficient is a group mean
        cov = covariates[0]
        labels = obs[cov].astype(str).to_numpy()
        levels = sorted(set(labels))
        return (np.column_stack([(labels == lv).astype(float) for lv in levels]),
                [f"{cov}[{lv}]" for lv in levels])
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if is_numeric(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

