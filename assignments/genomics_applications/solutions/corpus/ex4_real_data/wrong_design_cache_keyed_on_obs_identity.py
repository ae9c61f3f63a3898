# verdict: wrong
# what: designs are cached on (id(obs), covariates, standardize), so a call after obs was changed in place (or a new frame that reuses a freed id) returns the stale design; obs = DataFrame({'depth': [1.0, 2.0, 3.0, 4.0]}), build_design_matrix(obs, ['depth'], standardize=False), then obs['depth'] = obs['depth'] * 10 and the same call again: column 1 is [1, 2, 3, 4] (the first call's) instead of [10, 20, 30, 40] (breaks 'X is a float numpy array with one row per row of obs ... for each covariate in the order given: a numeric, non-boolean column gives one column ... otherwise the raw values', for the obs of this call)
# feedback: changed in place to other values
# The explore cell builds the same PBMC designs twice (standardised or not) and the student
# caches them to save time; copies are returned so the cache cannot be modified.
_design_cache = {}


def _build(obs, covariates, standardize):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
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



def build_design_matrix(obs, covariates, standardize=True):
    key = (id(obs), tuple(covariates), bool(standardize))
    if key not in _design_cache:
        _design_cache[key] = _build(obs, covariates, standardize)
    X, names = _design_cache[key]
    return X.copy(), list(names)

def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

