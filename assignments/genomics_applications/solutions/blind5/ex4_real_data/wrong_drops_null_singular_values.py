# verdict: wrong
# what: keeps only the singular values above numpy's rank tolerance (the "numerically zero" ones are dropped), so a rank-deficient X reports fewer than min(X.shape) singular values; breaks "'singular_values': the singular values of X ... (np.linalg.svd(X, compute_uv=False), min(X.shape) of them)".
def build_design_matrix(obs, covariates, standardize=True):
    columns = {'intercept': pd.Series(1.0, index=obs.index)}
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
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    X = pd.DataFrame(columns).to_numpy(dtype=float)
    return X, list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    tol = s.max() * max(X.shape) * np.finfo(float).eps
    s = s[s > tol]                                   # numerically zero singular values are noise
    rank = int(s.size)
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
