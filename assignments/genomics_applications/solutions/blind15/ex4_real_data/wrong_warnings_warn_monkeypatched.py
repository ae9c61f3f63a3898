# verdict: wrong
# what: the common 'silence warnings' snippet warnings.warn = (a no-op) inside build_design_matrix; input: any call: afterwards warnings.warn is not the original function and a warnings.warn('x') under warnings.catch_warnings(record=True) with simplefilter('always') records 0 warnings instead of 1 (the filters themselves are unchanged); X and names are right; breaks the format rules' 'each must leave the session as it found it (Python's warnings filters ...)'
import warnings


def _quiet(*args, **kwargs):
    pass


def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
    warnings.warn = _quiet      # pandas FutureWarnings about categoricals clutter the output
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

