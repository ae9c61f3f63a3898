# verdict: wrong
# what: obs is sorted by its index first (obs.sort_index()) 'so that the design does not depend on the order the cells were loaded in', so X's rows follow the sorted index; obs = DataFrame({'n_genes': [812, 1540, 990, 2210]}, index=['TTTG-1', 'AAAC-1', 'GGCA-1', 'CCTA-1']), ['n_genes'], standardize=False: column 1 is [1540, 2210, 990, 812] instead of [812, 1540, 990, 2210] (breaks 'X is a float numpy array with one row per row of obs, in the same order')
# The student wants the same design for the same cells whatever order the table arrives in.
def build_design_matrix(obs, covariates, standardize=True):
    obs = obs.sort_index()                 # the same cells always give the same design
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
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

