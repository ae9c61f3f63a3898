# verdict: wrong
# what: singular values computed as sqrt of the eigenvalues of the Gram matrix (X^T X or X X^T), which loses every singular value below ~1e-8*s_max, so condition numbers of ill-conditioned (but full-rank) designs like kappa ~1e7..1e12 are wrong; breaks "'singular_values': the singular values of X (np.linalg.svd(X, compute_uv=False))"
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
    n, p = X.shape
    G = X.T @ X if n >= p else X @ X.T
    eig = np.linalg.eigvalsh(G)[::-1]
    s = np.sqrt(np.clip(eig, 0.0, None))
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(n, p) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
