# verdict: correct
# what: correct: numeric covariates on a float64 copy with the population sd written out (sqrt(centred . centred / n)), levels and codes from np.unique(string labels, return_inverse=True) (code-point order, as Python sorts), indicators by comparing the codes with arange(1, k), blocks joined by np.hstack; diagnostics from the SVD of X (or X' when wide) with numpy's rank tolerance written out; equal to the reference (1e-12) on a frame with a repeated unsorted index holding float64, float32, a categorical with an unused category, bool, a mixed object column, Int64, string, an all-True boolean and uint8 columns (two orders, both ways), on eight PBMC covariate sets both ways, and on the diagnostics of nine matrices
def build_design_matrix(obs, covariates, standardize=True):
    blocks, names = [np.ones((obs.shape[0], 1))], ['intercept']
    for cov in covariates:
        series = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if numeric:
            v = series.astype(float).to_numpy(dtype=np.float64, copy=True)
            if standardize:
                centred = v - v.sum() / v.size
                v = centred / np.sqrt(np.dot(centred, centred) / v.size)   # population sd
            blocks.append(v[:, None])
            names.append(str(cov))
        else:
            text = np.asarray(series.astype(str).to_numpy(), dtype=str)
            levels, code = np.unique(text, return_inverse=True)            # sorted by code point
            if levels.size > 1:
                blocks.append((code.reshape(-1, 1) == np.arange(1, levels.size)).astype(np.float64))
                names.extend(f'{cov}[T.{lev}]' for lev in levels[1:])
    return np.hstack(blocks), names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64, ndmin=2)
    sv = np.linalg.svd(A.T if A.shape[1] > A.shape[0] else A, compute_uv=False)
    tol = (sv.max() if sv.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(sv > tol))
    kappa = float(sv[0] / sv[-1]) if rank == min(A.shape) else float('inf')
    return {'singular_values': sv, 'rank': rank, 'condition_number': kappa}
