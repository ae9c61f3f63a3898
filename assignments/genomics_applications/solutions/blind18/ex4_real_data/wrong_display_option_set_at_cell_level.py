# verdict: wrong
# what: pd.set_option('display.max_columns', None) and pd.set_option('display.width', 200) at the top of the solution cell (to print obs); after the cell display.max_columns is None and display.width 200 instead of 0 and 80; the functions are right; breaks the format rules' "and so must your solution cell itself when it runs ... pandas' options (with pd.option_context(...))"
pd.set_option('display.max_columns', None)     # show every covariate when printing obs
pd.set_option('display.width', 200)

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
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

