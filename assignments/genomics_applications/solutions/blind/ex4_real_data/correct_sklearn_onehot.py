# verdict: correct
# what: indicators from sklearn's OneHotEncoder(categories=[sorted string levels], drop='first'), numeric columns z-scored with pandas std(ddof=0), columns gathered in a list of (name, values) pairs; diagnostics from a thin SVD and np.linalg.matrix_rank
from sklearn.preprocessing import OneHotEncoder


def build_design_matrix(obs, covariates, standardize=True):
    parts = [('intercept', np.ones(len(obs)))]
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric:
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            parts.append((cov, x.to_numpy()))
            continue
        labels = col.astype(str).to_numpy().reshape(-1, 1)
        levels = sorted(set(labels[:, 0]))
        if len(levels) < 2:
            continue                                  # a single level: no column
        encoder = OneHotEncoder(categories=[levels], drop='first', sparse_output=False)
        onehot = encoder.fit_transform(labels)
        for j, level in enumerate(levels[1:]):
            parts.append((f'{cov}[T.{level}]', onehot[:, j]))
    names = [name for name, _ in parts]
    X = np.column_stack([values for _, values in parts]).astype(float)
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    _, s, _ = np.linalg.svd(X, full_matrices=False)
    rank = np.linalg.matrix_rank(X)
    condition = s[0] / s[-1] if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': int(rank), 'condition_number': float(condition)}
