# verdict: correct
# what: correct: one helper per covariate returning (columns, names): numeric columns z-scored by sklearn's StandardScaler on a float64 column, categorical ones encoded by pd.crosstab of the cell positions (np.arange) against the string labels, whose columns are the sorted levels, minus the first; blocks joined by np.hstack; diagnostics from numpy 2's np.linalg.svdvals and np.linalg.matrix_rank
from sklearn.preprocessing import StandardScaler


def _block(col, name, standardize):
    """The columns (n x k array) and names that one covariate contributes."""
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        x = col.to_numpy(dtype=np.float64).reshape(-1, 1)
        if standardize:
            x = StandardScaler().fit_transform(x)          # (x - mean) / population sd, in float64
        return x, [str(name)]
    labels = col.astype(str).to_numpy()
    # one row per cell, by position (so the index plays no part); columns = sorted string levels
    table = pd.crosstab(np.arange(len(labels)), labels)
    kept = list(table.columns[1:])                         # first sorted level is the reference
    return table[kept].to_numpy(dtype=np.float64), [f'{name}[T.{lv}]' for lv in kept]


def build_design_matrix(obs, covariates, standardize=True):
    blocks = [_block(obs[c], c, standardize) for c in covariates]
    X = np.hstack([np.ones((len(obs), 1))] + [b for b, _ in blocks])
    names = ['intercept'] + [nm for _, nms in blocks for nm in nms]
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=np.float64)
    s = np.linalg.svdvals(X)                               # descending, min(X.shape) values
    rank = int(np.linalg.matrix_rank(X))
    full = rank == min(X.shape)
    return {'singular_values': s, 'rank': rank, 'condition_number': float(s[0] / s[-1]) if full else np.inf}
