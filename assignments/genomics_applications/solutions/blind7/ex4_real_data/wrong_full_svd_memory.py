# verdict: wrong
# what: design_diagnostics takes the singular values from U, s, Vt = np.linalg.svd(X), whose default full_matrices=True builds an n x n U: fine for 700 cells, but a design for 100,000 cells (5 columns) needs 75 GiB and raises MemoryError; breaks "'singular_values': the singular values of X ... (np.linalg.svd(X, compute_uv=False)) ... for any 2-D float array X"
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    U, s, Vt = np.linalg.svd(X)
    tol = s.max() * max(X.shape) * np.finfo(float).eps
    rank = int(np.sum(s > tol))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
