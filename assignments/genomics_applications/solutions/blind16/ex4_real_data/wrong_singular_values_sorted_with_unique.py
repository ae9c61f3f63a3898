# verdict: wrong
# what: sorts the singular values with np.unique(...)[::-1] ('sorted, largest first'), which also merges equal ones; input: 0.1 * np.eye(50): singular_values [0.1] instead of fifty 0.1 (rank 50 and condition number 1.0 are right); zeros((3, 2)): [0.] instead of [0., 0.]; [ones(4), (1, -1, 1, -1)]: [2.] instead of [2., 2.]; breaks ''singular_values': the singular values of X as a 1-D float array in descending order (np.linalg.svd(X, compute_uv=False), min(X.shape) of them)'
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()

            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.unique(np.linalg.svd(X, compute_uv=False))[::-1]     # sorted, largest first
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
