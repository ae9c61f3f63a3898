# verdict: wrong
# what: the string labels are held in a fixed-width bytes array, col.astype(str).to_numpy().astype('S') ("faster than an object array"), and the levels come from np.unique of it; bytes arrays only take ASCII, so any level with another character raises UnicodeEncodeError: dose = ['0 µM', '5 µM', '0 µM', '5 µM'] raises instead of giving the indicator dose[T.5 µM] = [0, 1, 0, 1], and a cell-type label 'CD4⁺ T' or 'Zelltyp ä' likewise; ASCII labels (the visible table, PBMC) are right; breaks "any other column (pandas categorical, strings/objects, booleans) is treated as categorical: its levels are the distinct values that occur in the column ... converted to strings (col.astype(str))"
def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy().astype("S")        # compact fixed-width labels
            for level in np.unique(labels)[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level.decode()}]")
    return np.column_stack(columns), names

def design_diagnostics(X):
    """Singular values (descending), numerical rank and condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

