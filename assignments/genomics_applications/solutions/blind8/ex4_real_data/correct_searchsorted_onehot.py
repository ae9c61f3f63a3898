# verdict: correct
# what: a float64 matrix preallocated from a first pass that counts the columns; a categorical block is filled by fancy indexing with each cell's level position from np.searchsorted on the sorted string levels (level 0, the reference, is then dropped); z-score with np.mean / np.std on a float64 copy; diagnostics take the rank straight from np.linalg.matrix_rank and the singular values from np.linalg.svd(full_matrices=False)
def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    plan = []                                          # (name or None, kind, data, levels)
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric:
            plan.append((cov, 'num', col.astype(float).to_numpy(dtype=np.float64), None))
        else:
            labels = np.array([str(v) for v in col.astype(str)], dtype=object)
            levels = np.array(sorted(set(labels.tolist())), dtype=object)
            plan.append((cov, 'cat', labels, levels))
    width = 1 + sum(1 if kind == 'num' else len(levels) - 1 for _, kind, _, levels in plan)

    X = np.zeros((n, width), dtype=np.float64)
    X[:, 0] = 1.0
    names = ['intercept']
    j = 1
    for cov, kind, data, levels in plan:
        if kind == 'num':
            x = data.copy()
            if standardize:
                x = (x - np.mean(x)) / np.std(x)       # np.std: population sd (ddof=0)
            X[:, j] = x
            names.append(str(cov))
            j += 1
        else:
            k = len(levels) - 1
            if k > 0:
                pos = np.searchsorted(levels, data)    # 0 .. len(levels) - 1, exact matches
                rows = np.flatnonzero(pos > 0)
                X[rows, j + pos[rows] - 1] = 1.0
                names.extend(f'{cov}[T.{lv}]' for lv in levels[1:])
            j += k
    return X, names


def design_diagnostics(X):
    X = np.asarray(X, dtype=np.float64)
    singular_values = np.linalg.svd(X, full_matrices=False, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    deficient = rank < min(X.shape)
    condition_number = np.inf if deficient else float(singular_values[0] / singular_values[-1])
    return {'singular_values': singular_values, 'rank': rank, 'condition_number': condition_number}
