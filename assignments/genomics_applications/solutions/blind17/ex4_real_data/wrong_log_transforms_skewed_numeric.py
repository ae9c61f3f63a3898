# verdict: wrong
# what: before z-scoring, a positive numeric covariate whose sample skewness is above 1 is log-transformed ("QC metrics such as n_counts are right-skewed"), with or without standardize; x = [1, 2, 3, 4, 50] (skewness 1.49) gives the z-score of log(x), [-1.0653, -0.5446, -0.2400, -0.0238, 1.8736], instead of [-0.5781, -0.5256, -0.4730, -0.4205, 1.9972], and with standardize=False log(x) [0, 0.6931, 1.0986, 1.3863, 3.9120] instead of the raw values; PBMC's n_counts (skewness 1.86) differs by up to 2.36; the visible table's depth (skewness 0.87) and genes are left alone; breaks "a numeric, non-boolean column gives one column ... if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0); otherwise the raw values"
def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            skew = np.mean((x - x.mean()) ** 3) / max(x.std(), 1e-300) ** 3
            if np.all(x > 0) and skew > 1:          # right-skewed QC metric: work on the log scale
                x = np.log(x)
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

