# verdict: wrong
# what: sets pd.options.mode.chained_assignment = None (to silence SettingWithCopyWarning on its own sub-frame) and leaves it: X and names are the reference's on every table, but after one call on the visible table pd.get_option('mode.chained_assignment') is None instead of 'warn', so the caller's later sub = obs[obs['depth'] > 2]; sub['depth'] = 0.0 no longer warns (SettingWithCopyWarning before the call); breaks the format rules' "Your functions are called many times ... each must leave the session as it found it"
def build_design_matrix(obs, covariates, standardize=True):
    # the column assignments below on a sub-frame raise SettingWithCopyWarning: silence it
    pd.options.mode.chained_assignment = None
    df = obs[list(covariates)]
    blocks, names = [np.ones((len(obs), 1))], ['intercept']
    for cov in covariates:
        col = df[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            df[cov] = col.astype(float)
            if standardize:
                df[cov] = (df[cov] - df[cov].mean()) / df[cov].std(ddof=0)
            blocks.append(df[cov].to_numpy(dtype=float)[:, None])
            names.append(str(cov))
        else:
            df[cov] = col.astype(str)
            levels = sorted(df[cov].unique())
            for level in levels[1:]:
                blocks.append((df[cov] == level).to_numpy(dtype=float)[:, None])
                names.append(f'{cov}[T.{level}]')
    return np.hstack(blocks), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
