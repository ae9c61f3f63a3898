# verdict: wrong
# what: counts the rank with np.linalg.matrix_rank(X, hermitian=True) for square X ('the faster symmetric path'), which reads only one triangle of X and takes eigenvalues; input: X = [[1, 5], [1, 1]] (det -4): rank 1 and condition number inf instead of rank 2 and 6.854102; the square rank-2 3 x 3 [c0, c1, 0.1 c0 + 0.7 c1] (c = default_rng(2).standard_normal((3, 2))): rank 3 and a finite condition number of 1e16 to 1e19 (its rounding-level smallest singular value varies) instead of rank 2 and inf; tall, wide and symmetric matrices are right; breaks "'rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X), ...)" for any 2-D float array X (tall, square or wide)
def build_design_matrix(obs, covariates, standardize=True):
    columns = {"intercept": pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[cov] = x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    X = pd.DataFrame(columns).to_numpy(dtype=float)
    return X, list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    # a square matrix: numpy's faster symmetric (eigenvalue) path
    rank = int(np.linalg.matrix_rank(X, hermitian=X.shape[0] == X.shape[1]))
    full_rank = rank == min(X.shape)
    condition_number = float(s[0] / s[-1]) if full_rank else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
