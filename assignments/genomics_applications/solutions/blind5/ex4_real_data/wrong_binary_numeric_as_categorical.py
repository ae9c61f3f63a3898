# verdict: wrong
# what: a numeric column with at most two distinct values (e.g. a 0/1 integer flag) is treated as categorical and gets an unstandardised indicator; breaks "a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)) gives one column ... z-scored".
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric and col.nunique() > 2:                      # 0/1 codes are really groups
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            for level in levels[1:]:
                cols.append((labels == level).to_numpy(dtype=float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}

