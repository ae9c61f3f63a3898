# verdict: wrong
# what: drops a numeric covariate whose values are all equal ("it duplicates the intercept, and its sd is 0"), also when standardize=False, where the statement allows it and asks for the raw column; breaks "a numeric, non-boolean column gives one column ... otherwise the raw values" (only constant columns with standardize=True are excluded by assumption)
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=float)
            sd = x.std(ddof=0)
            if sd == 0:
                continue                       # constant: nothing to estimate beyond the intercept
            if standardize:
                x = (x - x.mean()) / sd
            cols.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
