# verdict: correct
# what: pd.factorize(sort=True) on the string values gives sorted level codes, indicator block from a broadcast comparison of the codes; X assembled with np.hstack of per-covariate blocks; diagnostics count singular values above the documented tolerance by hand
def _covariate_block(col, name, standardize):
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        x = col.astype(float).to_numpy()
        if standardize:
            x = (x - np.mean(x)) / np.std(x)          # np.std: ddof=0, the population sd
        return x[:, None], [name]
    codes, levels = pd.factorize(col.astype(str), sort=True)   # levels sorted as Python strings
    block = (codes[:, None] == np.arange(1, len(levels))[None, :]).astype(float)
    return block, [f'{name}[T.{level}]' for level in levels[1:]]


def build_design_matrix(obs, covariates, standardize=True):
    blocks, names = [np.ones((len(obs), 1))], ['intercept']
    for cov in covariates:
        block, block_names = _covariate_block(obs[cov], cov, standardize)
        blocks.append(block)
        names.extend(block_names)
    return np.hstack(blocks).astype(np.float64), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=np.float64)
    sv = np.linalg.svd(X, compute_uv=False)
    tolerance = sv.max() * max(X.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(sv > tolerance))
    deficient = rank < min(X.shape)
    return {'singular_values': sv,
            'rank': rank,
            'condition_number': np.inf if deficient else float(sv[0] / sv[-1])}
