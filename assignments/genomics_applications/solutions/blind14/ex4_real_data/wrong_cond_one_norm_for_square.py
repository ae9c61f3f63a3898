# verdict: wrong
# what: for a square full-rank X uses np.linalg.cond(X, 1) ('the cheap LU-based 1-norm condition number') instead of the 2-norm ratio; input: [[1, 10], [0, 1]]: 121.0 instead of 101.990195; the square design of d = [1, 2, 4], g = ['x', 'y', 'x']: 4.9138858 instead of 2.4765400; tall and wide matrices are right; breaks "'condition_number': the largest singular value divided by the smallest"
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
    rank = int(np.linalg.matrix_rank(X))
    if rank < min(X.shape):
        condition_number = np.inf
    elif X.shape[0] == X.shape[1]:
        condition_number = float(np.linalg.cond(X, 1))    # square: the cheap LU-based 1-norm estimate
    else:
        condition_number = float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
