# verdict: correct
# what: correct solution built with pandas get_dummies on the string labels (levels taken from the values present, sorted) and an explicit rank tolerance equal to numpy's default
import numpy as np
import pandas as pd


def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    blocks = [np.ones((n, 1))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric:
            v = col.to_numpy(dtype=np.float64)
            if standardize:
                v = (v - v.mean()) / v.std()
            blocks.append(v.reshape(-1, 1))
            names.append(str(cov))
            continue
        as_str = pd.Series(col.astype(str).to_numpy(), dtype=object)
        levels = sorted(set(as_str.tolist()))
        if len(levels) < 2:
            continue
        dummies = pd.get_dummies(pd.Categorical(as_str, categories=levels))
        for level in levels[1:]:
            blocks.append(dummies[level].to_numpy(dtype=np.float64).reshape(-1, 1))
            names.append(f'{cov}[T.{level}]')
    return np.hstack(blocks).astype(np.float64), names


def design_diagnostics(X):
    A = np.array(X, dtype=np.float64)
    sv = np.linalg.svd(A, compute_uv=False)
    if sv.size == 0:
        return {'singular_values': sv, 'rank': 0, 'condition_number': np.inf}
    tol = sv.max() * max(A.shape) * np.finfo(np.float64).eps
    r = int((sv > tol).sum())
    kappa = sv[0] / sv[-1] if r == min(A.shape) else np.inf
    return {'singular_values': sv, 'rank': r, 'condition_number': float(kappa)}
