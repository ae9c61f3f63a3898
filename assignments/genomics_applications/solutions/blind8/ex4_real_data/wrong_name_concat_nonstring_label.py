# verdict: wrong
# what: builds names by string concatenation (cov + '[T.' + level + ']', and cov itself for a numeric column), assuming column labels are strings; for a DataFrame with integer column labels, e.g. pd.DataFrame({0: [1.0, 2.0, 4.0, 7.0], 1: ['x', 'y', 'x', 'z']}) with covariates [1], it raises TypeError (unsupported operand int + str) instead of returning X with the indicators of 'y' and 'z' and names ['intercept', '1[T.y]', '1[T.z]']; breaks "covariates a list of distinct column names of obs" (any labels) and "names is a list of strings"
def build_design_matrix(obs, covariates, standardize=True):
    X = np.ones((len(obs), 1))
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X = np.column_stack([X, x])
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(np.unique(labels))[1:]:
                X = np.column_stack([X, (labels == level).astype(float)])
                names.append(cov + '[T.' + level + ']')
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    r = np.linalg.matrix_rank(X)
    return {'singular_values': s, 'rank': int(r),
            'condition_number': float(s[0] / s[-1]) if r == min(X.shape) else np.inf}
