# verdict: wrong
# what: the levels are the distinct raw values (col.unique()) converted to str afterwards, so in an object column values such as 1 and '1' become two identical levels '1' (a duplicated indicator of the reference level and duplicate names), while equal-hashing values like 1 and True collapse into one; breaks "converted to strings (col.astype(str); values that become the same string are one level)"
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns covariates of the DataFrame obs."""
    n = len(obs)
    cols = [np.ones(n)]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            levels = sorted(str(v) for v in col.unique())
            labels = col.astype(str).to_numpy()
            for level in levels[1:]:
                cols.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(cols), names


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
