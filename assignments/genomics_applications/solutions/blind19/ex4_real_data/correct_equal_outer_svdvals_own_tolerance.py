# verdict: correct
# what: correct: columns collected in a dict of numpy arrays; numeric columns z-scored with the population sd from np.sqrt(np.mean((x - m)**2)); indicators from np.equal.outer(labels, kept levels) on the values converted with str one by one; diagnostics from scipy.linalg.svdvals with the rank counted against S.max() * max(X.shape) * eps written out; 54 comparisons equal to the reference (1e-12): a frame with the repeated, unsorted index [5, 5, 3, 2, 1, 0] holding float64, float32, a categorical with an unused category, bool, a mixed object ['1', 1, 'a', 1.0, 'B', 'a'], Int64, string, an all-True boolean, uint8 and ['T cell', 'T_cell', 'B', ...] columns, in two orders, both ways of standardising and with no covariates; integer column labels; nine PBMC covariate sets of the notebook both ways with their diagnostics; diagnostics of zeros((3, 2)), a 3 x 7 Gaussian, [[2]], 0.1 I_50, [[1, 10], [0, 1]], [[1, 0], [1, 0], [1, 0]] and 1000-row matrices with singular values [1, 1, 1e-13], [1, 1e-5, 1e-9] and [1, 1e-14]
from scipy.linalg import svdvals


def build_design_matrix(obs, covariates, standardize=True):
    blocks = {'intercept': np.ones((obs.shape[0], 1))}
    for cov in list(covariates):
        series = obs[cov]
        dtype = series.dtype
        if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
            x = np.asarray(series.astype(float), dtype=np.float64)
            if standardize:
                m = x.mean()
                x = (x - m) / np.sqrt(np.mean((x - m) ** 2))
            blocks[str(cov)] = x[:, None]
        else:
            labels = np.array([str(v) for v in series.astype(str)], dtype=object)
            kept = sorted(set(labels.tolist()))[1:]
            if kept:
                ind = np.equal.outer(labels, np.array(kept, dtype=object)).astype(np.float64)
                for j, level in enumerate(kept):
                    blocks[f'{cov}[T.{level}]'] = ind[:, j:j + 1]
    X = np.hstack(list(blocks.values())).astype(np.float64)
    return X, list(blocks.keys())


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64)
    s = np.asarray(svdvals(A), dtype=np.float64)
    tol = s.max(initial=0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    if rank < min(A.shape):
        kappa = np.inf
    else:
        kappa = float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': kappa}
