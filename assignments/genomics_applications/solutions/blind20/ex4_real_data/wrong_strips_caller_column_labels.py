# verdict: wrong
# what: cleans the column labels with obs.columns = obs.columns.astype(str).str.strip() on the caller's DataFrame (then looks the stripped covariate names up), which renames the caller's columns; obs with columns ['depth', ' note'] and covariates ['depth'] leaves obs.columns == ['depth', 'note'] after the call (was ['depth', ' note']); breaks the format rules: "never write into an argument; work on a copy"
# Column labels read from CSV files often carry spaces; the student tidies them first.
def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}


def build_design_matrix(obs, covariates, standardize=True):
    obs.columns = obs.columns.astype(str).str.strip()
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[str(cov).strip()]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns[cov] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)
