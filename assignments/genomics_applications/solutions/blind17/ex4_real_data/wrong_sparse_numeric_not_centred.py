# verdict: wrong
# what: a numeric covariate that is mostly zeros (more than half of its values) is standardised without centring, x / x.std(ddof=0), as scanpy's sc.pp.scale(zero_center=False) does to keep sparse data sparse; other numeric covariates get the z-score; for obs with n_mt_reads = [0, 0, 0, 4, 0, 2] and standardize=True the column is [0, 0, 0, 2.6186, 0, 1.3093] instead of [-0.6547, -0.6547, -0.6547, 1.9640, -0.6547, 0.6547]; the visible table's and PBMC's numeric columns have no zeros, so they are right; breaks "if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0)"
def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                if np.mean(x == 0) > 0.5:          # sparse covariate: scale only, keep the zeros
                    x = x / x.std()
                else:
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

