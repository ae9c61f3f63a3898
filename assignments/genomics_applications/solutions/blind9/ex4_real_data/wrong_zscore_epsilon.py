# verdict: wrong
# what: z-score as (x - mean) / (sd + 1e-8), the machine-learning habit against division by zero; covariates in small units are shrunk (conc = 1e-8 * [1, 2, 4, 7]: [-0.7596, -0.4557, 0.1519, 1.0634] instead of [-1.0911, -0.6547, 0.2182, 1.5275]; PBMC percent_mito, sd 0.0049: off by 2e-6 relative; the visible columns by 4e-9); breaks "z-scored as (x - x.mean()) / x.std(ddof=0)"
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / (x.std() + 1e-8)     # epsilon: never divide by zero
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
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
