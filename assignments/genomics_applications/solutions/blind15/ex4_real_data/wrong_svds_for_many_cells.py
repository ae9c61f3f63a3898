# verdict: wrong
# what: above 10,000 rows the singular values come from scipy.sparse.linalg.svds, which returns at most min(X.shape) - 1 of them; input: a 20000 x 3 matrix with singular values 10, 2, 0.5 (Q1 diag Q2' from default_rng(0) and (1)): singular_values [10, 2], rank 2, condition number 5.0 instead of [10, 2, 0.5], 3, 20.0; breaks "'singular_values': the singular values of X ... (np.linalg.svd(X, compute_uv=False), min(X.shape) of them)" and the rank and condition number
from scipy.sparse.linalg import svds

def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
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
    if X.shape[0] > 10_000 and min(X.shape) > 1:
        # a full SVD of a matrix with tens of thousands of cells is slow: use the sparse solver
        s = np.sort(svds(X, k=min(X.shape) - 1, return_singular_vectors=False))[::-1]
    else:
        s = np.linalg.svd(X, compute_uv=False)
    tol = s.max() * max(X.shape) * np.finfo(float).eps
    rank = int(np.sum(s > tol))
    cond = float(s[0] / s[-1]) if rank == s.size else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

