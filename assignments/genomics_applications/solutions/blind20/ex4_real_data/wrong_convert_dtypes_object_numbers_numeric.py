# verdict: wrong
# what: starts with obs = obs.convert_dtypes() "to get clean dtypes"; an object column holding Python numbers becomes Int64/Float64 and is z-scored as numeric, although an object column is categorical; a column pd.Series([1, 2, 2, 3], dtype=object) named 'lane': one z-scored column [-1.4142, 0, 0, 1.4142] instead of the indicators of levels '2' and '3'; breaks "any other column (pandas categorical, strings/objects, booleans) is treated as categorical"
# convert_dtypes is the modern pandas advice for messy metadata tables.
def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}


def build_design_matrix(obs, covariates, standardize=True):
    obs = obs.convert_dtypes()
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns[cov] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)
