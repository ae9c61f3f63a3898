# verdict: correct
# what: correct; numeric columns z-scored with scipy.stats.zscore(ddof=0) on a float64 copy, levels as sorted(pd.unique(string labels)), the indicator block from np.equal.outer(labels, levels[1:]), blocks collected in a dict keyed by name and stacked once; diagnostics: singular values from np.linalg.svd(full_matrices=False), the rank read off np.linalg.lstsq (its default rcond is eps * max(X.shape), numpy's rank tolerance)
import scipy.stats


def build_design_matrix(obs, covariates, standardize=True):
    blocks = {'intercept': np.ones((obs.shape[0], 1))}
    for name in covariates:
        series = obs[name]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if numeric:
            v = np.array(series.astype(float), dtype=np.float64)
            blocks[str(name)] = (scipy.stats.zscore(v, ddof=0) if standardize else v)[:, None]
            continue
        labels = np.asarray(series.astype(str), dtype=object)
        levels = sorted(pd.unique(labels))
        ind = np.equal.outer(labels, np.array(levels[1:], dtype=object)).astype(np.float64)
        for k, level in enumerate(levels[1:]):
            blocks[f'{name}[T.{level}]'] = ind[:, k:k + 1]
    return np.hstack(list(blocks.values())), list(blocks)


def design_diagnostics(X):
    A = np.asarray(X, dtype=np.float64)
    _, sv, _ = np.linalg.svd(A, full_matrices=False)
    r = int(np.linalg.lstsq(A, np.zeros(A.shape[0]), rcond=None)[2])
    kappa = sv[0] / sv[-1] if r == min(A.shape) else np.inf
    return {'singular_values': sv, 'rank': r, 'condition_number': float(kappa)}
