# verdict: correct
# what: correct: numeric columns z-scored in numpy on a float64 copy (to_numpy(dtype=float64)); levels and codes from np.unique(string labels, return_inverse=True), indicators as a scipy.sparse one-hot matrix minus its first column, blocks joined by sparse.hstack and densified once; diagnostics from torch.linalg.svdvals in float64 with numpy's rank tolerance written out
from scipy import sparse


def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    blocks, names = [sparse.csr_matrix(np.ones((n, 1)))], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.to_numpy(dtype=np.float64, copy=True)
            if standardize:
                x = (x - x.mean()) / x.std()                 # numpy's std is the population sd
            blocks.append(sparse.csr_matrix(x[:, None]))
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy(dtype=object)
            levels, codes = np.unique(labels, return_inverse=True)    # sorted as Python sorts str
            onehot = sparse.csr_matrix((np.ones(n), (np.arange(n), codes.ravel())),
                                       shape=(n, levels.size))
            blocks.append(onehot[:, 1:])                     # drop the reference (first) level
            names.extend(f'{cov}[T.{lv}]' for lv in levels[1:])
    X = sparse.hstack(blocks, format='csr').toarray().astype(np.float64)
    return X, names


def design_diagnostics(X):
    A = torch.as_tensor(np.asarray(X, dtype=np.float64))
    s = torch.linalg.svdvals(A).numpy().copy()               # descending, min(X.shape) of them
    tol = s.max() * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    condition = float(s[0] / s[-1]) if rank == min(A.shape) else float('inf')
    return {'singular_values': s, 'rank': rank, 'condition_number': condition}
