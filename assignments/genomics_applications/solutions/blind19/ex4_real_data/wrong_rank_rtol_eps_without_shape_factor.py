# verdict: wrong
# what: the rank is np.linalg.matrix_rank(X, rtol=eps), believing that is numpy's default, but the default relative tolerance is eps * max(X.shape); X = Q diag(1, 1e-14) with Q the 1000 x 2 Q factor of default_rng(0).standard_normal((1000, 2)): rank 2 and condition number 1.0e14 instead of rank 1 (1e-14 is below 1000 * eps = 2.2e-13) and inf (breaks "'rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X), which counts singular values above S.max() * max(X.shape) * eps)")
# The student passes the tolerance explicitly 'to be safe' with numpy 2's rtol argument.
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
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
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X, rtol=np.finfo(X.dtype).eps))   # "the default", made explicit
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
