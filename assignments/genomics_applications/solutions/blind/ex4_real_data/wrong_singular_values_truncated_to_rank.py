# verdict: wrong
# what: reports only the singular values above the rank tolerance (s[:rank]), so a rank-deficient X gets fewer than min(X.shape) singular values
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
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    # singular values below the rank tolerance are rounding noise: report the real ones
    return {'singular_values': s[:rank], 'rank': rank, 'condition_number': cond}
