# verdict: wrong
# what: a numeric covariate is named by its column label as it is (names.append(cov)), so a non-string label such as an integer stays an int in names; obs = DataFrame({0: [1.0, 2.0, 4.0], 1: ['a', 'b', 'a']}), covariates [0, 1]: names ['intercept', 0, '1[T.b]'] (an int) instead of ['intercept', '0', '1[T.b]']; X is right (breaks 'names is a list of strings, one per column of X' and the format rule 'str: a Python str (a numpy str_ is one too)')
# The student names a numeric column by the covariate itself; indicator names are built with
# an f-string and are strings anyway.
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
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

