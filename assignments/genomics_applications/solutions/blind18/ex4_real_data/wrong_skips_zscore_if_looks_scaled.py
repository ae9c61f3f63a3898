# verdict: wrong
# what: a numeric column whose mean is within 0.1 of 0 and sd within 0.1 of 1 is taken as already scaled upstream and left raw; score = [-1.5, 0.2, 0.4, 1.2, -1.0, 0.8] (mean 0.0167, population sd 0.960) stays [-1.5, 0.2, 0.4, 1.2, -1.0, 0.8] instead of [-1.58, 0.191, 0.3994, 1.2328, -1.0591, 0.8161]; breaks "if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0)"

def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                if not (abs(x.mean()) < 0.1 and abs(x.std() - 1.0) < 0.1):   # already scaled upstream: leave it
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

