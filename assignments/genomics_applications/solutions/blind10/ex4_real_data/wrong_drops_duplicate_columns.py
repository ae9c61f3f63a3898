# verdict: wrong
# what: skips any new column identical to a column already in X ('it adds nothing but a singular design'), so confounded covariates lose their columns; pd.DataFrame({'treated': [True, False, True, False], 'drug': ['yes', 'no', 'yes', 'no'], 'd': [1., 2, 4, 7]}), covariates ['treated', 'drug', 'd']: X is 4 x 3 with names ['intercept', 'treated[T.True]', 'd'] instead of 4 x 4 with 'drug[T.yes]' (whose design is rank deficient, condition number inf, where the wrong X reports a finite 3.0011); PBMC ['louvain', 'bulk_labels']: 19 columns, 'bulk_labels[T.CD34+]' missing, instead of 20; breaks 'every other level gives a 0/1 indicator column ... in sorted order' and 'Then, for each covariate in the order given' (the design must show the confounding, not hide it)
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            new = [(str(cov), x)]
        else:
            labels = col.astype(str).to_numpy()
            new = [(f'{cov}[T.{level}]', (labels == level).astype(float)) for level in sorted(set(labels))[1:]]
        for name, x in new:
            # a column identical to one already in X adds nothing but a singular design: skip it
            if any(np.array_equal(x, c) for c in cols):
                continue
            cols.append(x)
            names.append(name)
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
