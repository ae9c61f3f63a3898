# verdict: wrong
# what: converts each categorical covariate to strings in the caller's DataFrame, obs[cov] = obs[cov].astype(str), so after the call obs's categorical/boolean columns are object columns of strings (obs['treated'].sum() no longer counts cells); the function must read obs, not change it ("obs is a pandas DataFrame ...": X is computed from it, obs is the caller's data)
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        if pd.api.types.is_numeric_dtype(obs[cov]) and not pd.api.types.is_bool_dtype(obs[cov]):
            x = obs[cov].astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(str(cov))
        else:
            obs[cov] = obs[cov].astype(str)              # levels are compared as strings
            levels = sorted(obs[cov].unique())
            for level in levels[1:]:                     # the first level is the reference
                columns.append((obs[cov] == level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns).astype(float), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
