# verdict: wrong
# what: build_design_matrix calls logging.disable(logging.WARNING) "to keep anndata / scanpy messages out of the output" and never undoes it; that threshold is global to the logging module (logging.root.manager.disable), so after one call every logger of the session drops its WARNING-level records: logging.getLogger('scanpy').warning('x') and the caller's own logging.getLogger('__main__').warning('x') emit nothing, and logging.root.manager.disable is 30 instead of 0; X and names are right (visible table, PBMC); breaks the format rules' "Python's ... logging configuration (log through logging.getLogger(__name__); never logging.basicConfig) ... are the caller's"
import logging


def build_design_matrix(obs, covariates, standardize=True):
    """Intercept, then one column per numeric covariate and indicators for the others."""
    logging.disable(logging.WARNING)       # silence anndata / scanpy chatter
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

