# verdict: wrong
# what: scales X to max |entry| 1 against overflow with X /= scale after np.asarray(X, dtype=float), which for a float64 X is the caller's own array, then rescales the singular values; input: M = [[2, 0], [0, 4], [1, 1]]: the diagnostics are right (condition number 1.8638822), but afterwards M is [[0.5, 0], [0, 1], [0.25, 0.25]], and a second call on M returns singular values [1.0332825, 0.5543711] instead of [4.1331299, 2.2174845]; breaks "design_diagnostics(X) returns a dict ... for any 2-D float array X" (a function that reports on X must not change it; the format rules: 'each must leave the session as it found it')
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
    scale = np.max(np.abs(X))
    if scale > 0:
        X /= scale                 # scale to max |entry| 1 against overflow in the SVD
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    full_rank = rank == min(X.shape)
    condition_number = float(s[0] / s[-1]) if full_rank else np.inf
    return {'singular_values': s * (scale if scale > 0 else 1.0), 'rank': rank,
            'condition_number': condition_number}
