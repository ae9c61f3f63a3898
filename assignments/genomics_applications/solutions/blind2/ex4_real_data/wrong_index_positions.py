# verdict: wrong
# what: builds indicator columns with labels[i] for i in range(n), i.e. Series.__getitem__ with integer keys, which are index LABELS when obs has an integer index (wrong rows or KeyError for a shuffled/non-0..n-1 integer index); breaks "obs ... its index can be anything" and "one row per row of obs, in the same order"
import numpy as np
import pandas as pd


def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    X = [[1.0] * n]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            X.append(list(x.to_numpy()))
            names.append(cov)
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            for level in levels[1:]:
                X.append([1.0 if labels[i] == level else 0.0 for i in range(n)])
                names.append(f'{cov}[T.{level}]')
    return np.array(X, dtype=float).T.copy(), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
