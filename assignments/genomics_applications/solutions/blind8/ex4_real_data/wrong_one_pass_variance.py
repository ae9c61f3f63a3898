# verdict: wrong
# what: z-scores with the one-pass variance mean(x^2) - mean(x)^2 (in float64), which cancels catastrophically when the values are large compared with their spread: a collection time in epoch seconds, t = 1.7e9 + [0, 30, 60, 150] (sd 56.1), gets the column [-1.002, -0.501, 0.0, 1.503] instead of [-1.069, -0.535, 0.0, 1.604] (6 % off), and t = 1.7e9 + [0, 6, 12, 30] gets [-inf, -inf, nan, inf]; breaks "z-scored as (x - x.mean()) / x.std(ddof=0)"
def build_design_matrix(obs, covariates, standardize=True):
    blocks = [np.ones((obs.shape[0], 1))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                mean = x.mean()
                var = np.mean(x ** 2) - mean ** 2          # E[x^2] - E[x]^2, population variance
                x = (x - mean) / np.sqrt(var)
            blocks.append(x[:, None])
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            for level in levels[1:]:
                blocks.append((labels == level).to_numpy(dtype=float)[:, None])
                names.append(f'{cov}[T.{level}]')
    return np.hstack(blocks), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    sv = np.linalg.svd(X, compute_uv=False)
    tol = sv.max() * max(X.shape) * np.finfo(float).eps
    rank = int(np.sum(sv > tol))
    return {'singular_values': sv, 'rank': rank,
            'condition_number': float(sv[0] / sv[-1]) if rank == min(X.shape) else np.inf}
