# verdict: wrong
# what: design_diagnostics calls np.set_printoptions(precision=4, suppress=True) for a short report like the lesson's analyse_design and leaves it set: the values are right, but after design_diagnostics(np.eye(3)) np.get_printoptions() has precision 4 and suppress True instead of 8 and False, and repr(np.array([np.pi, 1e-10])) is 'array([3.1416, 0.    ])' instead of 'array([3.14159265e+00, 1.00000000e-10])'; breaks the format rules' "each must leave the session as it found it. Numpy's floating-point error handling and print options (use with np.printoptions(...))"
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
    np.set_printoptions(precision=4, suppress=True)          # short report, as analyse_design
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    # print(f"shape {X.shape}, rank {rank}, singular values {s}, condition number {cond:.3e}")
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
