# verdict: wrong
# what: numeric means np.issubdtype(col.dtype, np.number), with a TypeError (pandas' own dtypes) read as 'not numeric'; nullable Int64 and Float64 columns become categorical: umis = Int64 [1200, 3400, 2100, 5000] gives indicators umis[T.2100], umis[T.3400], umis[T.5000] instead of one z-scored column [-1.2057, 0.332, -0.5766, 1.4503]; frac = Float64 [0.1, 0.4, 0.2, 0.3], standardize=False, gives three indicators instead of the raw values; breaks "a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)) gives one column"
def _is_numeric(col):
    try:
        return np.issubdtype(col.dtype, np.number)       # bool is not a subtype of np.number
    except TypeError:                                    # pandas' own dtypes (category, ...) are not numpy dtypes
        return False


def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if _is_numeric(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
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

