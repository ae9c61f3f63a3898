# verdict: wrong
# what: design_diagnostics calls scipy.linalg.svdvals(X, overwrite_a=True, check_finite=False) "to save memory"; for a Fortran-ordered float64 X LAPACK works in X itself: the visible test's 8 x 3 matrix with singular values [10, 2, 0.5], passed as np.asfortranarray(M), gives the right values but the caller's X is overwritten (entries change by up to 6.88; reference leaves it unchanged); breaks the format rules: "never write into an argument; work on a copy"
# Large designs (PBMC 68k has 68 579 cells) made the student avoid copies.
import scipy.linalg
def build_design_matrix(obs, covariates, standardize=True):
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns[cov] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    rank = int(np.linalg.matrix_rank(X))
    s = scipy.linalg.svdvals(X, overwrite_a=True, check_finite=False)
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
