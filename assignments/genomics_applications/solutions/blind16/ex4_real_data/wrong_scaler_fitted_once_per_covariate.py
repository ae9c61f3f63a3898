# verdict: wrong
# what: fits the z-score of a covariate once (a module dict of (mean, sd) per covariate name, the fit/transform habit) and reuses it in every later call; input: a call on depth = [1, 2, 3, 4, 5, 9], then one on another table with depth = [10, 20, 40, 70]: [2.3238, 6.1968, 13.9427, 25.5617] instead of [-1.0911, -0.6547, 0.2182, 1.5275]; a single call, or repeated calls on one table, are right; breaks 'z-scored as (x - x.mean()) / x.std(ddof=0)' (the column's own mean and sd)
_SCALERS = {}


def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                # fit the scaler once per covariate and reuse it (fit / transform), so that
                # every design puts a covariate on the same scale
                mean, sd = _SCALERS.setdefault(cov, (x.mean(), x.std()))
                x = (x - mean) / sd
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names

def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

