# verdict: wrong
# what: design_diagnostics counts the singular values above a fixed absolute 1e-10 as the rank, so a full-rank matrix with small entries (or a tiny but numerically nonzero singular value) gets a too-small rank and condition number inf, and a large-scale rank-deficient matrix can be called full rank; breaks "'rank': the numerical rank ... at numpy's default tolerance (np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps)"
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
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(cols), names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.sum(s > 1e-10))          # singular values at rounding level count as zero
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}
