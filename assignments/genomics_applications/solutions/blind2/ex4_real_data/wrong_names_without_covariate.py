# verdict: wrong
# what: names an indicator column by its level only (e.g. 'True', 'b'), so two boolean covariates (or two covariates sharing a level) give duplicate names; breaks "names ... all distinct ... the covariate's name must be part of an indicator's name"
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
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(level)
    return np.column_stack(cols).astype(float), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
