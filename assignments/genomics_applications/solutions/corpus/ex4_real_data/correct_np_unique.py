# verdict: correct
# what: np.unique(..., return_inverse=True) on string levels and a broadcast comparison for the indicators; full SVD (full_matrices=True)
def build_design_matrix(obs, covariates, standardize=True):
    blocks = [np.ones((len(obs), 1))]
    names = ['intercept']
    for name in covariates:
        values = obs[name]
        is_number = pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)
        if is_number:
            x = values.to_numpy().astype(np.float64)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            blocks.append(x[:, None])
            names.append(name)
        else:
            levels, codes = np.unique(values.astype(str).to_numpy(), return_inverse=True)
            codes = codes.ravel()
            blocks.append((codes[:, None] == np.arange(1, len(levels))[None, :]).astype(float))
            names += [f'{name}[T.{lev}]' for lev in levels[1:]]
    return np.hstack(blocks), names


def design_diagnostics(X):
    U, s, Vt = np.linalg.svd(X, full_matrices=True)
    r = np.linalg.matrix_rank(X)
    return {
        'singular_values': s,
        'rank': int(r),
        'condition_number': np.inf if r < min(X.shape) else s.max() / s.min(),
    }
