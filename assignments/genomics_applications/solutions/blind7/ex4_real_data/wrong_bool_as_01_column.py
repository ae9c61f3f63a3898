# verdict: wrong
# what: a boolean column is turned directly into one 0/1 column (col.astype(float), named 'cov[T.True]'), which equals the indicator of 'True' when both values occur, but a boolean column that is all True (or all False) still gives a column (of ones, or of zeros: X becomes rank deficient); breaks "A column with a single level gives no column at all"
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_bool_dtype(col):
            cols.append(col.to_numpy(dtype=float))            # True -> 1, False -> 0
            names.append(f'{cov}[T.True]')
        elif pd.api.types.is_numeric_dtype(col):
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
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
