# verdict: wrong
# what: clips the z-scores to [-10, 10] like scanpy's sc.pp.scale(max_value=10); a cell more than 10 sd from the mean is changed: 200 cells with x = 0 except one x = 1 gives 10.0 for that cell instead of 14.107 (and on the real PBMC metadata G2M_score's largest z-score 11.52 becomes 10); breaks "z-scored as (x - x.mean()) / x.std(ddof=0)"
def build_design_matrix(obs, covariates, standardize=True):
    parts, names = [np.ones(len(obs))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = np.clip((x - x.mean()) / x.std(ddof=0), -10.0, 10.0)   # as sc.pp.scale(max_value=10)
            parts.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            levels = sorted(set(labels))
            for level in levels[1:]:
                parts.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(parts), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    kappa = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': kappa}
