# verdict: wrong
# what: counts the rank on X with every column scaled to unit length ("the rank must not depend on the units of the columns", after Section 3's remark on kappa and units), the singular values and kappa from the raw X: X = [z1, 1e-15 z2] with z = default_rng(4).standard_normal((10, 2)) (singular values 3.876, 3.06e-15) gives rank 2 and condition number 1.2688e15 instead of rank 1 and inf; breaks "'rank': the numerical rank as an int, at numpy's default tolerance (np.linalg.matrix_rank(X) ...)" and "'condition_number': ... np.inf when X is rank deficient"
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
    # the rank must not depend on the units of the columns (Section 3): scale each column
    # to unit length before counting the singular values above numpy's tolerance
    norms = np.linalg.norm(X, axis=0)
    rank = int(np.linalg.matrix_rank(X / np.where(norms > 0, norms, 1.0)))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
