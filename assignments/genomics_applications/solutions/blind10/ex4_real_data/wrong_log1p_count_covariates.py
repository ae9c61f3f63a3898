# verdict: wrong
# what: genomics reflex: numeric covariates named like library-size measures (name starting with 'n_' or containing 'count') are log1p-transformed before z-scoring (or instead of the raw values); PBMC ['n_counts'] with standardize=False: first three values [7.84698, 7.89952, 8.12859] instead of [2557, 2695, 3389]; standardized: [-1.36537, -1.11915, -0.04581] instead of [-1.13205, -0.96751, -0.14003] (largest difference 2.36); pd.DataFrame({'total_counts': [100., 300., 200., 900.]}) raw: [4.615, 5.707, 5.303, 6.804] instead of [100, 300, 200, 900]; other names (the visible table, PBMC percent_mito, phase, ...) are right; breaks 'if standardize is true, z-scored as (x - x.mean()) / x.std(ddof=0) ...; otherwise the raw values'
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            name = str(cov)
            if name.startswith('n_') or 'count' in name:
                x = np.log1p(x)                     # library-size covariates enter on the log scale
            if standardize:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(name)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
