# verdict: wrong
# what: for a square X takes |eigenvalues| as the singular values ('for a square matrix they are the moduli of the eigenvalues', true only for normal matrices): [[1, 10], [0, 1]]: singular values [1, 1], condition number 1.0 instead of [10.09902, 0.09902], 101.99; the square design of d = [1, 2, 4], g = ['x', 'y', 'x']: [1.389471, 1.389471, 1.245889], 1.1152 instead of [1.85452, 1.732051, 0.748835], 2.4765; tall and wide matrices (all the visible ones) right; breaks "'singular_values': the singular values of X ... (np.linalg.svd(X, compute_uv=False) ...) for any 2-D float array X (tall, square or wide)"
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x.to_numpy(dtype=float))
            names.append(str(cov))
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    if X.shape[0] == X.shape[1]:
        # a square matrix: its singular values are the moduli of its eigenvalues
        s = np.sort(np.abs(np.linalg.eigvals(X)))[::-1]
    else:
        s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
