# verdict: correct
# what: numeric columns z-scored with numpy on a float64 copy; categorical columns through pd.get_dummies of the string labels (levels sorted by hand, reference dropped); the pieces joined with np.hstack; diagnostics from scipy.linalg.svdvals with the rank tolerance written out.
from scipy.linalg import svdvals


def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    blocks = [np.ones((n, 1))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric:
            x = col.to_numpy(dtype=np.float64, copy=True)
            if standardize:
                x = (x - x.mean()) / x.std()          # numpy's std is the population sd
            blocks.append(x.reshape(n, 1))
            names.append(str(cov))
        else:
            labels = pd.Series([str(v) for v in col.to_numpy()], dtype=object)
            levels = sorted(set(labels))
            if len(levels) < 2:
                continue
            dummies = pd.get_dummies(labels).reindex(columns=levels[1:])
            blocks.append(dummies.to_numpy(dtype=np.float64))
            names.extend(f'{cov}[T.{lv}]' for lv in levels[1:])
    return np.hstack(blocks), names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64)
    sv = svdvals(A)                                # descending
    tol = sv.max(initial=0.0) * max(A.shape) * np.finfo(np.float64).eps
    r = int(np.count_nonzero(sv > tol))
    cond = sv[0] / sv[-1] if r == min(A.shape) else float('inf')
    return {'singular_values': sv, 'rank': r, 'condition_number': float(cond)}
