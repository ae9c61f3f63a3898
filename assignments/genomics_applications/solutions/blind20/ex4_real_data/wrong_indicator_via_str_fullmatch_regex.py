# verdict: wrong
# what: the indicator of a level is labels.str.fullmatch(level), which reads the level as a regular expression; a level with regex characters never matches itself: bulk_labels-like ['CD4+ T', 'B', 'CD4+ T', 'NK'] gives the column 'cov[T.CD4+ T]' = [0, 0, 0, 0] instead of [1, 0, 1, 0] (PBMC's 'CD14+ Monocyte', 'CD4+/CD25 T Reg', ... likewise); breaks "every other level gives a 0/1 indicator column (1 where the cell's value, as a string, equals the level)"
# pandas' string methods look like the natural tool for comparing strings.
def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}


def build_design_matrix(obs, covariates, standardize=True):
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns[cov] = x
        else:
            labels = col.astype(str)
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = labels.str.fullmatch(level).to_numpy(dtype=float)
    return np.column_stack(list(columns.values())), list(columns)
