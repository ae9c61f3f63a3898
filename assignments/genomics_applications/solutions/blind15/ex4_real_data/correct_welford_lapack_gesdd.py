# verdict: wrong
# what: written as correct by the blind tester, relabelled by the lead: np.char.equal strips trailing whitespace before comparing, so the levels "a" and "a " (distinct strings, so distinct levels) share one indicator (np.char.equal(["a", "a "], "a") is [True, True]); otherwise: one generator of (name, column) pairs per covariate; numeric columns z-scored with Welford's one-pass (numerically stable) mean and population variance on float64 values; levels are the sorted set of the string labels and the indicators come from np.char.equal on a unicode array; diagnostics from raw LAPACK dgesdd (scipy.linalg.lapack) with numpy's rank tolerance written out
from scipy.linalg.lapack import dgesdd


def _welford(x):
    mean, m2 = 0.0, 0.0
    for k, v in enumerate(x, start=1):
        d = v - mean
        mean += d / k
        m2 += d * (v - mean)
    return mean, np.sqrt(m2 / len(x))


def _encode(obs, cov, standardize):
    col = obs[cov]
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        x = col.to_numpy(dtype=np.float64)
        if standardize:
            mean, sd = _welford(x)
            x = (x - mean) / sd
        yield str(cov), x
    else:
        labels = np.array([str(v) for v in col.astype(str)], dtype=str)
        for level in sorted(set(labels.tolist()))[1:]:
            yield f"{cov}[T.{level}]", np.char.equal(labels, level).astype(np.float64)


def build_design_matrix(obs, covariates, standardize=True):
    pairs = [("intercept", np.ones(obs.shape[0]))]
    for cov in covariates:
        pairs.extend(_encode(obs, cov, standardize))
    names = [name for name, _ in pairs]
    X = np.empty((obs.shape[0], len(pairs)), dtype=np.float64)
    for j, (_, column) in enumerate(pairs):
        X[:, j] = column
    return X, names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64, order="F")
    _, s, _, info = dgesdd(A, compute_uv=0)       # singular values only, in descending order
    assert info == 0
    s = np.array(s, dtype=np.float64)
    tol = (s.max() if s.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    return {"singular_values": s, "rank": rank,
            "condition_number": float(s[0] / s[-1]) if rank == min(A.shape) else np.inf}
