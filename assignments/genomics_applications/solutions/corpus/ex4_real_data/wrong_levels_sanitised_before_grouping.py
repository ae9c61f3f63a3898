# verdict: wrong
# what: level strings are cleaned for column names before the levels are found (spaces and slashes replaced by underscores), so values that differ only there become one level; obs = DataFrame({'cell_type': ['T cell', 'T_cell', 'B', 'T cell']}), ['cell_type']: one indicator 'cell_type[T.T_cell]' = [1, 1, 0, 1] instead of 'cell_type[T.T cell]' = [1, 0, 0, 1] and 'cell_type[T.T_cell]' = [0, 1, 0, 0] (breaks 'its levels are the distinct values that occur in the column ..., converted to strings (col.astype(str); values that become the same string are one level)')
# feedback: differ only in the separator between their words
# The student wants names such as 'bulk_labels[T.CD14+_Monocyte]' without spaces or slashes,
# and cleans the labels once, before finding the levels.
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).str.replace(" ", "_").str.replace("/", "_").to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

