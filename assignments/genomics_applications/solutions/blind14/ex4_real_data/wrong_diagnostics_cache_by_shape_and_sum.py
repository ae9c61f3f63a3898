# verdict: wrong
# what: memoises design_diagnostics on a cheap fingerprint (shape, sum and sum of |entries|) instead of the matrix; input: A = [1, (0, 0, 3, 3)] then B = [1, (1, 1, 2, 2)] (4 x 2, same sums): B gets A's singular values [4.4966148, 1.3343371] and condition number 3.3699241 instead of [3.7024592, 0.5401815] and 6.8541020; breaks "'singular_values': the singular values of X ...; 'condition_number': the largest singular value divided by the smallest"
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


_DIAG_CACHE = {}


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    key = (X.shape, float(X.sum()), float(np.abs(X).sum()))     # cheap fingerprint of X
    if key not in _DIAG_CACHE:
        s = np.linalg.svd(X, compute_uv=False)
        rank = int(np.linalg.matrix_rank(X))
        full_rank = rank == min(X.shape)
        condition_number = float(s[0] / s[-1]) if full_rank else np.inf
        _DIAG_CACHE[key] = (s, rank, condition_number)
    s, rank, condition_number = _DIAG_CACHE[key]
    return {'singular_values': s.copy(), 'rank': rank, 'condition_number': condition_number}
