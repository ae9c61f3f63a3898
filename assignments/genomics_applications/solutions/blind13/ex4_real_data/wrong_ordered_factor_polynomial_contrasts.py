# verdict: wrong
# what: codes an ordered categorical with R's polynomial contrasts (contr.poly: .L, .Q, ...) instead of indicators: grade = pd.Categorical(['low', 'high', 'mid', 'low'], categories=['low', 'mid', 'high'], ordered=True) gives 'grade.L' = [-0.7071, 0.7071, 0, -0.7071] and 'grade.Q' = [0.4082, 0.4082, -0.8165, 0.4082] instead of 'grade[T.low]' = [1, 0, 0, 1] and 'grade[T.mid]' = [0, 0, 1, 0]; age = pd.cut([23, 35, 47, 61], bins=[20, 40, 80]) (ordered) gives 'age.L' = [-0.7071, -0.7071, 0.7071, 0.7071] instead of 'age[T.(40, 80]]' = [0, 0, 1, 1]; unordered columns are right; breaks "any other column (pandas categorical, ...) is treated as categorical: ... every other level gives a 0/1 indicator column"
def _poly_contrasts(k):
    """R's contr.poly: orthonormal polynomial scores of degree 1 .. k-1 on the positions 1 .. k."""
    x = np.arange(1, k + 1, dtype=float)
    Q, _ = np.linalg.qr(np.vander(x - x.mean(), k, increasing=True))
    Q = Q[:, 1:]
    return Q * np.sign(Q[-1])                   # increasing in the last level, as R's .L


def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones((len(obs), 1))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x[:, None])
            names.append(str(cov))
        elif isinstance(col.dtype, pd.CategoricalDtype) and col.cat.ordered:
            # an ordered factor gets polynomial contrasts, as in R (.L, .Q, .C, ...)
            col = col.cat.remove_unused_categories()
            k = len(col.cat.categories)
            if k > 1:
                columns.append(_poly_contrasts(k)[col.cat.codes.to_numpy()])
                names.extend(f'{cov}.{d}' for d in (['L', 'Q', 'C'] + [f'^{j}' for j in range(4, k)])[:k - 1])
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float)[:, None])
                names.append(f'{cov}[T.{level}]')
    return np.hstack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
