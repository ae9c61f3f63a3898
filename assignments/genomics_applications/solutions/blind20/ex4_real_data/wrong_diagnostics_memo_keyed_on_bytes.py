# verdict: wrong
# what: design_diagnostics memoises its result in a module-level dict keyed on X.tobytes(), which ignores the shape: after design_diagnostics(A) with A = np.arange(1.0, 7.0).reshape(2, 3), design_diagnostics(A.reshape(3, 2)) returns A's singular values [9.508, 0.7729] and condition number 12.30 instead of [9.5255, 0.5143] and 18.52; breaks "'singular_values': the singular values of X ..." (the result must be that of the X given)
# The notebook's exploration cell calls the diagnostics many times on the large PBMC designs; the
# student caches them by content.
_DIAG = {}
def build_design_matrix(obs, covariates, standardize=True):
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


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    key = X.tobytes()
    if key not in _DIAG:
        s = np.linalg.svd(X, compute_uv=False)
        rank = int(np.linalg.matrix_rank(X))
        cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
        _DIAG[key] = {"singular_values": s, "rank": rank, "condition_number": cond}
    return dict(_DIAG[key])
