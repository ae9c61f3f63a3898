# verdict: wrong
# what: takes the levels of a pandas categorical from col.cat.categories (sorted as strings), so unused categories give all-zero indicator columns (and can become the reference level); breaks "its levels are the distinct values that occur in the column (unused categories of a pandas categorical do not count)"
import numpy as np
import pandas as pd


def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    cols = [np.ones(n)]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            if isinstance(col.dtype, pd.CategoricalDtype):
                levels = sorted({str(c) for c in col.cat.categories})
            else:
                levels = sorted(col.astype(str).unique())
            labels = col.astype(str).to_numpy()
            for level in levels[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols).astype(float), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
