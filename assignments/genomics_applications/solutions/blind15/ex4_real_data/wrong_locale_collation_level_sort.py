# verdict: wrong
# what: calls locale.setlocale(locale.LC_COLLATE, '') and sorts the levels with key=locale.strxfrm; input: any call with a categorical covariate: LC_COLLATE is 'C.UTF-8' afterwards instead of 'C' (this machine, LANG=C.UTF-8); where the environment's locale is a language locale such as en_US.UTF-8 (not installed here, so not measured), ['a', 'B'] collate as 'a' < 'B' and g = ['a', 'B', 'a', 'a'] gets the indicator of 'B' instead of 'a'; breaks 'sorted as Python sorts strings (so ... 'B' before 'a')' and 'each must leave the session as it found it'
import locale


def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns `covariates` of the DataFrame `obs`."""
    locale.setlocale(locale.LC_COLLATE, "")       # sort level names by the user's collation rules
    columns = {"intercept": np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels), key=locale.strxfrm)[1:]:
                columns[f"{cov}[T.{level}]"] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

