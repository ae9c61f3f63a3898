# verdict: wrong
# what: gives no indicator to a level held by fewer than 1 % of the cells ("cannot be estimated"), pooling it with the reference: 150 cells with ct = 120 'T', 29 'B' and 1 'DC' gives X of shape (150, 2) with names ['intercept', 'ct[T.T]'] instead of (150, 3) with ['intercept', 'ct[T.DC]', 'ct[T.T]'] (the PBMC levels all hold at least 8 of 700 cells, so the notebook's sets are right); breaks "every other level gives a 0/1 indicator column ... A column with a single level gives no column at all" (only then)
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    columns, names = [np.ones(n)], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str)
            counts = labels.value_counts()
            # levels with fewer than 1 % of the cells cannot be estimated: pool them with the reference
            levels = sorted(counts.index)
            for level in levels[1:]:
                if counts[level] < 0.01 * n:
                    continue
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
