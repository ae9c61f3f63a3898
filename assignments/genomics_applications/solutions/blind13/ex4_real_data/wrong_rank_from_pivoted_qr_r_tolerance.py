# verdict: wrong
# what: takes the rank as R's qr() and so DESeq2's full-rank check does, from a column-pivoted QR with diagonal entries below 1e-7 times the first counted as zero: the lesson's design 2 with a clock jitter ten times smaller (rng = default_rng(7), day = repeat(arange(10.0), 10), X = [1, day, day + rng.normal(0, 1e-7, 100)]) gives rank 2 and condition number inf instead of rank 3 and 1.2359e8; an 8 x 3 matrix with singular values [1, 1e-5, 1e-9] gives rank 2, inf instead of 3, 1.0000e9; breaks "'rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps)"
import scipy.linalg

def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    # rank as R's qr() (and so DESeq2's "model matrix is not full rank" check) decides it:
    # pivoted QR, diagonal entries of R below tol = 1e-7 (relative) count as zero
    A = X if X.shape[0] >= X.shape[1] else X.T
    R = scipy.linalg.qr(A, mode='r', pivoting=True)[0]
    d = np.abs(np.diag(R))
    rank = int(np.sum(d > 1e-7 * d[0])) if d[0] > 0 else 0
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
