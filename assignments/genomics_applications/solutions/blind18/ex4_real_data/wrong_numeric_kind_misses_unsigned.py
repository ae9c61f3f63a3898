# verdict: wrong
# what: numeric means col.dtype.kind in 'if' (unsigned integers forgotten); n_genes = uint16 [812, 1540, 990, 2210] gives the indicators n_genes[T.2210], n_genes[T.812], n_genes[T.990] instead of one column [-1.0565, 0.2788, -0.73, 1.5077] (raw: [812, 1540, 990, 2210]); breaks "a numeric, non-boolean column (pd.api.types.is_numeric_dtype(col) ...) gives one column"

def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if col.dtype.kind in 'if':
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
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

