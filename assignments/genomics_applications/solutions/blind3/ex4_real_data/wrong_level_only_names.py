# verdict: wrong
# what: an indicator column is named by its level alone ('b', 'True'), so two boolean covariates (or two covariates sharing a level) give duplicate names; breaks "names is a list of strings ... all distinct ... the covariate's name must be part of an indicator's name"
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
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(level)
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
