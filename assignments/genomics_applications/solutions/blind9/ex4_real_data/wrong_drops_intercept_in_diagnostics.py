# verdict: wrong
# what: design_diagnostics removes constant columns (the intercept) before the SVD, 'since the intercept carries no collinearity information' (design of the visible table for ['depth', 'batch', 'treated']: 4 singular values, rank 4, condition number 7.03694 instead of 5, 5, 9.28869; PBMC louvain + bulk_labels: rank 18 of 19 instead of 19 of 20); the visible test matrices have no constant column; breaks "'singular_values': the singular values of X ... min(X.shape) of them" and the rank and condition number of X
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
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
    # the intercept (a constant column) carries no information about collinearity between
    # covariates: diagnose the covariate columns only
    constant = np.all(X == X[0], axis=0)
    Xc = X[:, ~constant] if (~constant).any() else X
    s = np.linalg.svd(Xc, compute_uv=False)
    rank = int(np.linalg.matrix_rank(Xc))
    cond = float(s[0] / s[-1]) if rank == min(Xc.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
