# verdict: wrong
# what: for a square X decides rank deficiency with np.linalg.det(X) == 0 (tall and wide X use the rank); det is almost never exactly 0 in floating point and underflows for large well-conditioned matrices: the 3 x 3 matrix [c0, c1, 0.1 c0 + 0.7 c1] with c0, c1 the columns of default_rng(2).standard_normal((3, 2)) (rank 2, det -4.4e-16) gets condition number 5.5e16 instead of inf, and 0.1 * np.eye(400) (rank 400, det 1e-400 -> 0.0) gets inf instead of 1.0; breaks "'condition_number': ... np.inf when X is rank deficient (rank smaller than min(X.shape))"
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            columns.append((x - x.mean()) / x.std(ddof=0) if standardize else x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    if X.shape[0] == X.shape[1]:
        singular = np.linalg.det(X) == 0.0          # a square matrix is singular iff det = 0
    else:
        singular = rank < min(X.shape)
    cond = np.inf if singular else float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
