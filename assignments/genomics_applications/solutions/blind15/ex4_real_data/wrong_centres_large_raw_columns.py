# verdict: wrong
# what: with standardize=False, raw numeric columns whose |mean| exceeds 1e6 are centred 'to keep X well conditioned'; input: t = 1.7e9 + [0, 30, 60, 150] (timestamps), standardize=False: [-60, -30, 0, 90] instead of the raw values [1.70000000e9, ..., 1.70000015e9]; PBMC raw columns (means below 4000) are right; breaks 'if standardize is true, z-scored ...; otherwise the raw values'
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            elif abs(x.mean()) > 1e6:
                # raw values this large next to the intercept make X ill conditioned: centre them
                x = x - x.mean()
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

