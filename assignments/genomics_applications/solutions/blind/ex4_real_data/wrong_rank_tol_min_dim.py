# verdict: wrong
# what: rank tolerance written as S.max() * min(X.shape) * eps instead of numpy's S.max() * max(X.shape) * eps, so a singular value between the two thresholds is counted (tall or wide X)
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))
            for level in levels[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    tol = s.max() * min(X.shape) * np.finfo(float).eps
    rank = int(np.sum(s > tol))
    cond = float(s[0] / s[-1]) if rank == len(s) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
