# verdict: wrong
# what: preallocates X as float32 'because single-cell tables are big', so every z-score and raw value is rounded to float32 after being computed in float64; visible table ['depth', 'batch', 'treated']: X.dtype float32 and depth column [-1.1618950367, -0.7745966911, ...] instead of [-1.1618950039, -0.7745966692, ...] (max error 5.5e-8; PBMC n_counts + percent_mito 1.9e-7); raw timestamps t = 1.7e9 + [0, 30, 60, 150] with standardize=False: [1700000000, 1700000000, 1700000000, 1700000128] instead of [1700000000, 1700000030, 1700000060, 1700000150]; indicator columns are exact, every numeric column is affected by construction; breaks 'a numeric, non-boolean column gives one column, computed in float64 (convert first, col.astype(float))' and 'X is a float numpy array'
def build_design_matrix(obs, covariates, standardize=True):
    # first pass: the column names, so that X can be preallocated (single-cell tables are big: float32)
    names = ['intercept']
    plans = []
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            plans.append((cov, None))
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))[1:]
            plans.append((cov, (labels, levels)))
            names += [f'{cov}[T.{lv}]' for lv in levels]
    X = np.empty((len(obs), len(names)), dtype=np.float32)
    X[:, 0] = 1.0
    j = 1
    for cov, enc in plans:
        if enc is None:
            x = obs[cov].astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X[:, j] = x
            j += 1
        else:
            labels, levels = enc
            for lv in levels:
                X[:, j] = labels == lv
                j += 1
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
