# verdict: wrong
# what: keeps the category order of an ordered pandas categorical ("an ordered factor has a natural reference level") and sorts as strings only for the other columns; grade = pd.Categorical(['low', 'high', 'mid', 'low'], categories=['low', 'mid', 'high'], ordered=True) gives reference 'low' and columns grade[T.mid] = [0, 0, 1, 0], grade[T.high] = [0, 1, 0, 0] instead of reference 'high' and grade[T.low] = [1, 0, 0, 1], grade[T.mid] = [0, 0, 1, 0]; breaks "its levels are the distinct values ... converted to strings ... and sorted as Python sorts strings"
def build_design_matrix(obs, covariates, standardize=True):
    out = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            out.append(x)
            names.append(str(cov))
            continue
        labels = col.astype(str).to_numpy()
        present = set(labels)
        if isinstance(col.dtype, pd.CategoricalDtype) and col.cat.ordered:
            # ordered factor: keep its order (first used category is the reference)
            levels = [str(c) for c in col.cat.categories if str(c) in present]
        else:
            levels = sorted(present)
        for level in levels[1:]:
            out.append((labels == level).astype(float))
            names.append(f'{cov}[T.{level}]')
    return np.column_stack(out), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    return {'singular_values': s, 'rank': rank,
            'condition_number': float(s[0] / s[-1]) if rank == min(X.shape) else np.inf}
