# verdict: wrong
# what: divides X by its Frobenius norm computed as sqrt(sum(X * X)) before the SVD ("so that the tolerance does not depend on units"); the squares overflow for entries above about 1e154: X = 1e155 * [[1, 2], [3, 4], [5, 7]] gives singular values [nan, nan], rank 0 and condition number inf instead of [1.01914e156, 3.67138e154], rank 2 and 27.759145 (1e200 * the same matrix likewise); ordinary magnitudes are right; breaks "design_diagnostics(X) returns a dict ... for any 2-D float array X (tall, square or wide): the singular values of X ... the numerical rank ... the largest singular value divided by the smallest"
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    # bring X to unit Frobenius norm first, so that the rank tolerance does not depend on units
    scale = np.sqrt(np.sum(X * X))
    Xs = X / scale if scale > 0 else X
    s_unit = np.linalg.svd(Xs, compute_uv=False)
    tol = s_unit.max() * max(X.shape) * np.finfo(float).eps
    rank = int(np.sum(s_unit > tol))
    s = s_unit * scale if scale > 0 else s_unit
    cond = float(s_unit[0] / s_unit[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
