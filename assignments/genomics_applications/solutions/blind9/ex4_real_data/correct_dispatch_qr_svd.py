# verdict: correct
# what: per-covariate encoder functions (numeric: float64 copy, two-pass mean and population sd; categorical: levels from a sorted set of col.astype(str), indicators by a boolean matrix comparison) stacked with np.vstack(...).T; diagnostics as the SVD of the triangular factor of a QR of X (or of X.T when wide) with numpy's rank tolerance written out


def _encode_numeric(col, name, standardize):
    x = col.to_numpy(dtype=np.float64).copy()
    if standardize:
        centred = x - np.mean(x)
        x = centred / np.sqrt(np.mean(centred * centred))
    return [x], [str(name)]


def _encode_levels(col, name):
    labels = col.astype(str).to_numpy(dtype=object)
    kept = sorted(set(labels.tolist()))[1:]
    if not kept:
        return [], []
    hits = labels[:, None] == np.array(kept, dtype=object)[None, :]
    return list(hits.T.astype(np.float64)), [f'{name}[T.{lv}]' for lv in kept]


def build_design_matrix(obs, covariates, standardize=True):
    rows = [np.ones(obs.shape[0])]
    names = ['intercept']
    for name in covariates:
        col = obs[name]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        vecs, labels = _encode_numeric(col, name, standardize) if numeric else _encode_levels(col, name)
        rows.extend(vecs)
        names.extend(labels)
    return np.vstack(rows).T.astype(np.float64), names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64)
    tall = A if A.shape[0] >= A.shape[1] else A.T
    R = np.linalg.qr(tall, mode='r')                      # same singular values as X
    s = np.linalg.svd(R, compute_uv=False)
    tol = (s.max() if s.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    cond = float(s[0] / s[-1]) if rank == min(A.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
