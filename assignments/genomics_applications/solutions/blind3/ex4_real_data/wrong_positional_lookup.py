# verdict: wrong
# what: builds the indicator columns with a row loop reading col[i], which pandas treats as a position only for a non-integer index; with an integer index that is not 0..n-1 in order it looks up labels (rows reordered or KeyError); breaks "obs is a pandas DataFrame (one row per cell; its index can be anything)" and "one row per row of obs, in the same order"
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns covariates of the DataFrame obs."""
    n = obs.shape[0]
    X = [[1.0] * n]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X.append(list(x.to_numpy()))
            names.append(cov)
        else:
            levels = sorted(set(col.astype(str)))
            for level in levels[1:]:
                X.append([1.0 if str(col[i]) == level else 0.0 for i in range(n)])
                names.append(f"{cov}[T.{level}]")
    return np.array(X, dtype=float).T, names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    if rank < min(X.shape):
        cond = np.inf
    else:
        cond = float(s[0] / s[-1])
    return {"singular_values": s, "rank": rank, "condition_number": cond}
