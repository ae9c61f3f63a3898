# verdict: wrong
# what: rank tolerance S.max() * X.shape[1] * eps (the number of columns) instead of numpy's S.max() * max(X.shape) * eps. For a tall X a singular value between the two thresholds counts as nonzero: a 1000 x 3 matrix with singular values [1, 1, 1e-13] gets rank 3 and condition number 1e13 instead of rank 2 and inf.
def build_design_matrix(obs, covariates, standardize=True):
    columns = {'intercept': np.ones(len(obs))}
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns[str(cov)] = x
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns[f'{cov}[T.{level}]'] = (labels == level).astype(float)
    return np.column_stack(list(columns.values())), list(columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    tol = s.max() * X.shape[1] * np.finfo(float).eps     # one eps per column
    rank = int(np.sum(s > tol))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
