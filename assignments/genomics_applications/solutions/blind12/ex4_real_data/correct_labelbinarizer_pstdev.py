# verdict: correct
# what: correct: a generator yields (name, column) pairs per covariate; numeric columns are z-scored with statistics.fmean / statistics.pstdev (exact population sd) on float64 values, categorical ones are encoded by sklearn's LabelBinarizer fitted on the string labels (its classes_ are the sorted distinct strings; the first class is dropped, a two-class column gives its one indicator, a one-class column none); columns joined by np.stack(axis=1); diagnostics from scipy.linalg.svd(lapack_driver='gesdd'), the rank counted at numpy's tolerance written out, the condition number as np.linalg.norm(X, 2) / np.linalg.norm(X, -2)
import statistics

import scipy.linalg
from sklearn.preprocessing import LabelBinarizer


def _encode(obs, cov, standardize):
    col = obs[cov]
    if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
        x = col.astype(float).to_numpy()
        if standardize:
            mean = statistics.fmean(x)
            sd = statistics.pstdev(x.tolist())
            x = (x - mean) / sd
        yield str(cov), x
        return
    labels = col.astype(str).to_numpy()
    binarizer = LabelBinarizer().fit(labels)
    levels = list(binarizer.classes_)
    if len(levels) < 2:
        return
    onehot = binarizer.transform(labels).astype(float)
    if len(levels) == 2:
        yield f'{cov}[T.{levels[1]}]', onehot[:, 0]          # LabelBinarizer keeps one column for two classes
        return
    for j, level in enumerate(levels[1:], start=1):
        yield f'{cov}[T.{level}]', onehot[:, j]


def build_design_matrix(obs, covariates, standardize=True):
    pairs = [('intercept', np.ones(len(obs)))]
    for cov in covariates:
        pairs.extend(_encode(obs, cov, standardize))
    names = [name for name, _ in pairs]
    X = np.stack([column for _, column in pairs], axis=1).astype(np.float64)
    return X, names


def design_diagnostics(X):
    X = np.array(X, dtype=np.float64)
    s = scipy.linalg.svd(X, compute_uv=False, lapack_driver='gesdd')
    tol = s.max() * max(X.shape) * np.finfo(np.float64).eps
    rank = int(np.count_nonzero(s > tol))
    if rank == min(X.shape):
        condition_number = float(np.linalg.norm(X, 2) / np.linalg.norm(X, -2))
    else:
        condition_number = np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': condition_number}
