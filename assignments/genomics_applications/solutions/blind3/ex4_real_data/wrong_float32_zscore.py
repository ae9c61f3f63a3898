# verdict: wrong
# what: a numeric column is z-scored in its own dtype (col.to_numpy(), converted to float only when stored), so float32 columns such as n_counts or percent_mito of the PBMC metadata are standardised in single precision (errors ~1e-7); breaks "gives one column, computed in float64 (convert first, col.astype(float))"
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns covariates of the DataFrame obs."""
    n = len(obs)
    X = np.ones((n, 1))
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            X = np.column_stack([X, x.astype(float)])
            names.append(cov)
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                X = np.column_stack([X, (labels == level).to_numpy(dtype=float)])
                names.append(f"{cov}[T.{level}]")
    return X, names


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
