# verdict: wrong
# what: numeric columns go through pd.to_numeric(col, downcast='float') "to save memory"; pandas downcasts a float64 column to float32 whenever its values fit exactly, and the z-score is then computed in float32, whose sums round: a column read_pos = [16777216, 16777218, 16777220, 16777222] (exact in float32) z-scores to [-0.8165, 0, 0.8165, 1.6330] instead of [-1.3416, -0.4472, 0.4472, 1.3416]; breaks "a numeric, non-boolean column ... gives one column, computed in float64 (convert first, col.astype(float))"
# The PBMC metadata has 700 cells, but the full data set has 68 579; the student economises.
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


def build_design_matrix(obs, covariates, standardize=True):
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = pd.to_numeric(col, downcast="float").to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns[cov] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())).astype(float), list(columns)
