# verdict: correct
# what: (name, column) pairs collected in order and stacked with np.column_stack; levels as sorted(dict.fromkeys(str labels)), indicators with np.fromiter over the labels, the z-score as a two-pass population sd in float64; design_diagnostics from scipy.linalg.svd(compute_uv=False, lapack_driver='gesvd') with numpy's rank tolerance written out and np.count_nonzero
import scipy.linalg


def build_design_matrix(obs, covariates, standardize=True):
    pairs = [('intercept', np.ones(obs.shape[0]))]
    for cov in list(covariates):
        series = obs[cov]
        is_num = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if is_num:
            x = series.astype(float).to_numpy(dtype=np.float64, copy=True)
            if standardize:
                centred = x - x.mean()
                x = centred / np.sqrt(np.mean(centred * centred))
            pairs.append((str(cov), x))
            continue
        labels = [str(v) for v in series.astype(str).tolist()]
        levels = sorted(dict.fromkeys(labels))
        for level in levels[1:]:
            ind = np.fromiter((lab == level for lab in labels), dtype=np.float64, count=len(labels))
            pairs.append((f'{cov}[T.{level}]', ind))
    names = [name for name, _ in pairs]
    X = np.column_stack([col for _, col in pairs]).astype(np.float64)
    return X, names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64, ndmin=2)
    s = scipy.linalg.svd(A, compute_uv=False, lapack_driver='gesvd')
    tol = (s.max() if s.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    full = rank == min(A.shape)
    return {'singular_values': s, 'rank': rank,
            'condition_number': float(s[0] / s[-1]) if full else float('inf')}
