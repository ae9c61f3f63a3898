# verdict: wrong
# what: reads a categorical covariate's levels off its first 1000 cells ('fast on atlases with millions of cells'); input: 1200 cells with sample = ['a', 'b'] * 500 + ['c'] * 200: names ['intercept', 'sample[T.b]'] instead of ['intercept', 'sample[T.b]', 'sample[T.c]'], the 200 'c' cells coded like the reference level; PBMC (700 cells) is right; breaks 'its levels are the distinct values that occur in the column'
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
            # the levels, read off the first 1000 cells (fast on atlases with millions of cells)
            levels = sorted(labels.iloc[:1000].unique())
            for level in levels[1:]:
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    X = pd.DataFrame(columns).to_numpy(dtype=float)
    return X, list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    full_rank = rank == min(X.shape)
    condition_number = float(s[0] / s[-1]) if full_rank else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
