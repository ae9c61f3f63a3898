# verdict: wrong
# what: indicator columns from labels.str.contains(level), a substring and regular-expression match, so level 'a' also marks 'ab', and PBMC levels such as 'CD14+ Monocyte' or 'CD4+/CD25 T Reg' ('+' is a regex quantifier) mark the wrong cells; breaks "1 where the cell's value, as a string, equals the level"
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            for level in levels[1:]:                     # the first level is the reference
                columns.append(labels.str.contains(level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns).astype(float), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
