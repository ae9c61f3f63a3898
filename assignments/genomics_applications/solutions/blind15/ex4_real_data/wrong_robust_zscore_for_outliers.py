# verdict: wrong
# what: uses the robust z-score (x - median) / (1.4826 MAD) when some |z| exceeds 15 (an outlier inflates the sd); input: n_counts = default_rng(0).normal(2000, 300, 400) with cell 0 set to 14000 (a doublet, |z| 17.9), covariates ['n_counts']: rows 0-2 [39.362, -0.0805, 0.6788] instead of [17.883, -0.0874, 0.2585]; PBMC (largest |z| 11.5) and the visible table are right; breaks 'if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0) (population standard deviation)'
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                z = (x - x.mean()) / x.std(ddof=0)
                if np.abs(z).max() > 15:
                    # a QC outlier this far out inflates the sd and squashes everyone else:
                    # use the robust z-score (median and MAD) instead
                    mad = 1.4826 * np.median(np.abs(x - np.median(x)))
                    z = (x - np.median(x)) / mad
                x = z
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

