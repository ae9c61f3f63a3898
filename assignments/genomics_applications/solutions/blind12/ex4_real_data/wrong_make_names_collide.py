# verdict: wrong
# what: makes each level formula-safe as R's make.names does (every run of characters other than letters, digits and '_' becomes '_') before putting it in the indicator's name, so levels that differ only in such characters get the same name; X is right: cd = ['CD4+', 'CD4-', 'CD8+', 'CD8-', 'CD8+'] gives names ['intercept', 'cd[T.CD4_]', 'cd[T.CD8_]', 'cd[T.CD8_]'] instead of three distinct names such as ['cd[T.CD4-]', 'cd[T.CD8+]', 'cd[T.CD8-]'] (the PBMC labels stay distinct); breaks "names is a list of strings, one per column of X, all distinct"
import re


def _clean(level):
    """Formula-safe level text (as R's make.names): every run of other characters becomes '_'."""
    return re.sub(r'[^0-9A-Za-z_]+', '_', str(level))


def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
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
                names.append(f'{cov}[T.{_clean(level)}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
