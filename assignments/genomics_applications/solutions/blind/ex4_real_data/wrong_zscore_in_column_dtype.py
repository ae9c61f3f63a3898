# verdict: wrong
# what: z-scores in the column's own dtype and converts to float64 only afterwards, so float32 covariates (n_counts, percent_mito in the PBMC metadata) are standardised in single precision (errors ~1e-7)
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()        # numpy's std is the population sd
            columns.append(x.astype(float))
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    if rank < min(X.shape):
        cond = np.inf
    else:
        cond = float(s[0] / s[-1])
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
