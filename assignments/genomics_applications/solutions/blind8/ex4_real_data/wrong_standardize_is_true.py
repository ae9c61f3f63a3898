# verdict: wrong
# what: tests the flag with "if standardize is True", so a true value that is not the bool object True is read as false: build_design_matrix(obs, ['depth'], standardize=np.True_) (e.g. the flag taken from a numpy array of settings, which the reference accepts) returns the raw depths [1, 2, 3, 4, 5, 9] instead of the z-scores [-1.162, -0.775, ...]; breaks "if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0)"
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    cols = [np.ones(n)]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize is True:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))
            for level in levels[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
