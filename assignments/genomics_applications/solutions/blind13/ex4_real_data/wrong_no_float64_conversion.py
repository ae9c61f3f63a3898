# verdict: wrong
# what: np.asarray(X) without dtype=float in design_diagnostics: a float16 X (the visible 8 x 3 matrix with singular values 10, 2, 0.5, as float16) raises TypeError ('array type float16 is unsupported in linalg') instead of singular values [9.99976, 1.99963, 0.49998], rank 3, condition number 20.0003; a float32 X with singular values [1, 1e-3, 1e-7] gets float32 singular values, rank 2 and inf (float32's tolerance) instead of rank 3 and 9.2528e6; breaks "design_diagnostics(X) returns a dict ... for any 2-D float array X" with the rank at numpy's default tolerance in float64 ("'singular_values' ... as a 1-D float array")
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
    X = np.asarray(X)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
