# verdict: wrong
# what: the intercept is added to the caller's DataFrame (obs['intercept'] = 1.0) and read back as a column; X and names are right, but after build_design_matrix(obs, ['depth']) the caller's obs has the columns ['depth', 'intercept'] instead of ['depth']; breaks the format rules' "never write into an argument; work on a copy" and "each must leave the session as it found it"

def build_design_matrix(obs, covariates, standardize=True):
    obs['intercept'] = 1.0                     # the intercept as a column, like the other covariates
    cols = [obs['intercept'].to_numpy(dtype=float)]
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
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

