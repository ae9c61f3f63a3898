# verdict: wrong
# what: only float columns are converted to float64 before the z-score ("integer sums are exact"), so an integer column's mean comes from an int64 sum, x.sum() / n, which wraps around silently when it passes 2**63; raw nanosecond timestamps 1.7e18 + [0, 1, 2, 3, 4, 5] * 3.6e12 (int64, cells sampled an hour apart) give the column [1, 1, 1, 1, 1, 1] (the int64 sum of the six values passes 9.2e18 and wraps, so the mean is wrong) instead of the z-scores [-1.4639, -0.8783, -0.2928, 0.2928, 0.8783, 1.4639]; with standardize=False, float columns and small integers (the visible table, PBMC, Int64/int32/uint8 columns) it is right; breaks "a numeric, non-boolean column ... gives one column, computed in float64 (convert first, col.astype(float))"
def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    columns, names = [np.ones(len(obs))], ["intercept"]
    n = len(obs)
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy()
            if x.dtype.kind == "f":
                x = x.astype(np.float64)                     # floats to double; integer sums are exact
            if standardize:
                mean = x.sum() / n
                sd = np.sqrt(((x - mean) ** 2).sum() / n)    # population sd
                x = (x - mean) / sd
            x = x.astype(np.float64)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names

def design_diagnostics(X):
    """Singular values (descending), numerical rank and condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

