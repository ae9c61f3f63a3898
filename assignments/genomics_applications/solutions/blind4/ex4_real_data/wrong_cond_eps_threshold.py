# verdict: wrong
# what: condition_number = np.linalg.cond(X), set to inf only when it exceeds 1/eps, instead of inf exactly when the rank (numpy's tolerance) is below min(X.shape). A 1000 x 3 matrix with singular values [1, 1, 1e-14] has rank 2 but gets condition number 1e14 instead of inf.
def build_design_matrix(obs, covariates, standardize=True):
    out = pd.DataFrame(index=obs.index)
    out['intercept'] = 1.0
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            out[cov] = (x - x.mean()) / x.std(ddof=0) if standardize else x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                out[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    return out.to_numpy(dtype=float), [str(c) for c in out.columns]


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(np.linalg.cond(X))
    if not np.isfinite(cond) or cond > 1.0 / np.finfo(float).eps:
        cond = np.inf                                   # numerically singular
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
