# verdict: wrong
# what: the rank is read off np.linalg.lstsq(X, zeros, rcond=-1) (the old numpy default, "to avoid the rcond FutureWarning"); rcond=-1 means machine precision, so singular values above eps * s_max count, not above numpy's default tolerance S.max() * max(X.shape) * eps; a 1000 x 3 matrix with singular values [1, 1, 1e-13] (orthonormal factors from default_rng(0)) gets rank 3 and condition number 1.0e13 instead of rank 2 and inf (numpy's tolerance there is 2.2e-13); the visible matrices are right; breaks "'rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps)"
def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and condition number of X."""
    X = np.asarray(X, dtype=float)
    solution, residuals, rank, s = np.linalg.lstsq(X, np.zeros(X.shape[0]), rcond=-1)
    rank = int(rank)
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
