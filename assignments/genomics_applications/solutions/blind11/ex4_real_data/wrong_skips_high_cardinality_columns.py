# verdict: wrong
# what: skips a categorical covariate with more than 50 levels as 'an identifier, not a covariate': 120 cells with donor = ['d00', ..., 'd59'] twice and depth = 0..119, covariates ['donor', 'depth']: X (120, 2), names ['intercept', 'depth'] instead of (120, 61) with 'donor[T.d01]' ... 'donor[T.d59]' before depth; 50 levels or fewer (visible table, PBMC) right; breaks "Then, for each covariate in the order given: ... every other level gives a 0/1 indicator column"
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x.to_numpy(dtype=float))
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            if len(levels) > 50:
                # this many levels is an identifier (barcode, sample name), not a covariate: skip it
                continue
            for level in levels[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
