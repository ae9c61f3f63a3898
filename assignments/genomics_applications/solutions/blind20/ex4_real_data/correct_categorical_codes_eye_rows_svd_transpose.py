# verdict: correct
# what: correct: levels as pd.Categorical(col.astype(str), categories=sorted(set(...))) codes, indicators as rows of np.eye(k)[codes] without the first column; z-scores written out with the population sd np.sqrt(np.mean(d ** 2)); diagnostics from np.linalg.svd of X.T (same singular values) with numpy's rank tolerance applied by np.linalg.matrix_rank; agrees with reference on ordinary and edge inputs (see README)
# A student who thinks of indicator columns as rows of an identity matrix picked by the level codes.


def build_design_matrix(obs, covariates, standardize=True):
    blocks = [np.ones((len(obs), 1))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy(dtype=float, copy=True)
            if standardize:
                d = x - x.mean()
                x = d / np.sqrt(np.mean(d ** 2))
            blocks.append(x[:, None])
            names.append(str(cov))
        else:
            labels = col.astype(str)
            levels = sorted(set(labels))
            codes = pd.Categorical(labels, categories=levels).codes
            blocks.append(np.eye(len(levels))[codes][:, 1:])
            names.extend(f'{cov}[T.{level}]' for level in levels[1:])
    return np.hstack(blocks).astype(float), names


def design_diagnostics(X):
    X = np.array(X, dtype=float)
    s = np.linalg.svd(X.T, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    return {'singular_values': s, 'rank': rank,
            'condition_number': float(s[0] / s[-1]) if rank == min(X.shape) else np.inf}
