# verdict: wrong
# what: z-scores numeric columns in their own dtype (col.to_numpy() without astype(float)), so float32 columns such as pbmc's n_counts/percent_mito are standardised in float32 (errors ~1e-7 relative); breaks "a numeric column ... computed in float64 (convert first, col.astype(float))"
import numpy as np
import pandas as pd


def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    cols = [np.ones(n)]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols).astype(float), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
