# verdict: wrong
# what: the rank counts the singular values >= the tolerance instead of > it, so an all-zero matrix (tolerance 0) gets full rank and condition number nan (0/0) instead of rank 0 and inf; breaks "'rank': ... np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps" and "np.inf when X is rank deficient"
def build_design_matrix(obs, covariates, standardize=True):
    columns = {'intercept': pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    return pd.DataFrame(columns).to_numpy(dtype=float), list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    tol = s.max() * max(X.shape) * np.finfo(float).eps       # numpy's default tolerance
    rank = int(np.sum(s >= tol))
    with np.errstate(divide="ignore", invalid="ignore"):
        cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
