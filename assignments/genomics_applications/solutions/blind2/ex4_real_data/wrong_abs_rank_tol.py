# verdict: wrong
# what: rank counts singular values above a fixed absolute tolerance 1e-10 instead of numpy's S.max()*max(X.shape)*eps; wrong for matrices of very small or very large scale (e.g. 1e-12*X has rank 0; a large-scale near-singular X gets too high a rank); breaks "'rank': ... at numpy's default tolerance (np.linalg.matrix_rank(X))"
import numpy as np
import pandas as pd


def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.sum(s > 1e-10))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
