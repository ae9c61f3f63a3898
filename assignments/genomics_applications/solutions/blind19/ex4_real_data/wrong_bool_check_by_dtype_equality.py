# verdict: wrong
# what: booleans are recognised with col.dtype == bool, which misses pandas' nullable 'boolean' dtype (numeric for pandas), so such a column is z-scored as one numeric column instead of giving a 0/1 indicator; obs = DataFrame({'doublet': pd.array([True, False, True, True], dtype='boolean')}), covariates ['doublet']: one column 'doublet' = [0.5774, -1.7321, 0.5774, 0.5774] instead of 'doublet[T.True]' = [1, 0, 1, 1] (breaks 'a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)) gives one column ...; any other column (pandas categorical, strings/objects, booleans) is treated as categorical')
# The student checks for booleans the numpy way.
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and col.dtype != bool:
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
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

