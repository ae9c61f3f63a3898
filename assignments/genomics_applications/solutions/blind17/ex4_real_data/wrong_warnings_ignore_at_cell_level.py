# verdict: wrong
# what: the cell starts with warnings.filterwarnings('ignore') "to hide pandas' FutureWarnings", at the top level of the cell, so running the solution cell installs an ignore-everything filter for the whole session (the functions are right); afterwards warnings.filters[0] is ('ignore', None, Warning, None, 0), and the caller's later warnings.warn('x'), pandas' FutureWarnings and numpy's RuntimeWarnings (np.log(0.0)) are no longer shown; breaks the format rules' "Python's warnings filters (silence warnings inside with warnings.catch_warnings():) ... are the caller's"
import warnings

warnings.filterwarnings("ignore")          # pandas and scanpy are noisy


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
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

