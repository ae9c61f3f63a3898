# verdict: wrong
# what: remembers each covariate's levels in a module-level dict the first time it is encoded (so that "all designs built from the metadata have the same columns", like a fitted encoder) and reuses them in later calls, so a later table whose column of the same name has other levels gets the first table's reference level and indicator columns; breaks "its levels are the distinct values that occur in the column"
_LEVELS = {}


def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            levels = _LEVELS.setdefault(cov, sorted(set(labels)))    # same encoding every time
            for level in levels[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
