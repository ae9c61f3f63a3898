# verdict: wrong
# what: writes numpy's rank tolerance by hand with np.linalg.norm(X), which for a matrix is the Frobenius norm, not the largest singular value, so the tolerance is up to sqrt(min(X.shape)) times too large; X = Q1 diag(1, 1, 2.1e-15) Q2' (Q1, Q2 from the QR of default_rng(0).standard_normal((8, 3)) and default_rng(1).standard_normal((3, 3))): rank 2 and condition number inf instead of rank 3 (np.linalg.matrix_rank) and 4.7438e14; singular values are right, and matrices whose smallest singular value is far from the threshold are right; breaks ''rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps)'
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
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
    # numpy's tolerance: largest singular value (the norm of X) * max(X.shape) * eps
    tol = np.linalg.norm(X) * max(X.shape) * np.finfo(float).eps
    rank = int(np.sum(s > tol))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
