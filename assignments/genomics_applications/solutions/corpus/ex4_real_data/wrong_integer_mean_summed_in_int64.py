# verdict: wrong
# what: takes an integer covariate's mean as its integer sum over n, exact for counts, but the int64 sum wraps around for large values (timestamps in nanoseconds), so the z-score is wrong there
# feedback: convert before any sum


def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`.

    Numeric (non-boolean) column -> one column, z-scored with the population sd
    (ddof=0) when `standardize`. Any other column (categorical, string, boolean)
    -> one 0/1 indicator column per level except the first, where the levels are
    the distinct values occurring in the column, converted to strings and sorted.

    Returns (X, names): X a float ndarray (n_cells, n_columns), names a list of
    distinct strings, names[0] == 'intercept'.
    """
    columns = {'intercept': pd.Series(1.0, index=obs.index)}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                # an integer column's mean from its integer sum: exact for counts
                mean = col.to_numpy().sum() / len(col) if pd.api.types.is_integer_dtype(col) else x.mean()
                x = (x - mean) / x.std(ddof=0)
            columns[cov] = x
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:        # first level is the reference
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    X = pd.DataFrame(columns).to_numpy(dtype=float)
    return X, list(columns)


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X.

    The rank uses numpy's default tolerance (that of np.linalg.matrix_rank);
    the condition number is s_max / s_min, or np.inf when X is rank deficient.
    """
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)                 # already descending
    rank = int(np.linalg.matrix_rank(X))
    full_rank = rank == min(X.shape)
    condition_number = float(s[0] / s[-1]) if full_rank else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
