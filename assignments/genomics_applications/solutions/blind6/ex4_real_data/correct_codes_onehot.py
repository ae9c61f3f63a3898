# verdict: correct
# what: levels from a set of the string labels, one-hot through integer codes and np.eye, numeric columns z-scored with np.std (ddof=0) on a float64 copy, blocks joined with np.hstack; diagnostics from scipy.linalg.svdvals with numpy's tolerance written out
import scipy.linalg as _sla


def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    blocks, names = [np.ones((n, 1))], ['intercept']
    for cov in covariates:
        series = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        if numeric:
            x = np.array(series.astype(float).to_numpy(), dtype=np.float64)
            if standardize:
                x = (x - np.mean(x)) / np.std(x)
            blocks.append(x.reshape(n, 1))
            names.append(str(cov))
            continue
        labels = [str(v) for v in series.astype(str).to_numpy()]
        levels = sorted(set(labels))
        code = {lev: i for i, lev in enumerate(levels)}
        onehot = np.eye(len(levels))[[code[lab] for lab in labels]] if n else np.zeros((0, len(levels)))
        blocks.append(onehot[:, 1:])                 # drop the reference (first) level
        names.extend(f'{cov}[T.{lev}]' for lev in levels[1:])
    return np.hstack(blocks).astype(np.float64), names


def design_diagnostics(X):
    A = np.asarray(X, dtype=np.float64)
    sv = _sla.svdvals(A)                                    # descending
    tol = (sv.max() if sv.size else 0.0) * max(A.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(sv > tol))
    full = rank == min(A.shape)
    return {'singular_values': np.asarray(sv, dtype=np.float64), 'rank': rank,
            'condition_number': float(sv[0] / sv[-1]) if full else float('inf')}
