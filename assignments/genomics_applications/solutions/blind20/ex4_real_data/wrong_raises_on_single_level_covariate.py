# verdict: wrong
# what: raises ValueError("covariate ... has a single level") for a categorical covariate with only one level instead of giving it no column; an all-True boolean column (or a categorical whose cells all share one level, e.g. one phase in a subset of cells): ValueError instead of X = the intercept column alone; breaks "A column with a single level gives no column at all."
# Defensive: a constant covariate "must be a mistake by the caller", so the student stops early.
def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}


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
            levels = sorted(set(labels))
            if len(levels) < 2:
                raise ValueError(f"covariate {cov!r} has a single level ({levels[0]!r}); drop it")
            for level in levels[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)
