# verdict: wrong
# what: calls sklearn.set_config(transform_output='pandas') so that the OneHotEncoder returns named DataFrame columns, and leaves it set; input: any call, e.g. obs with g = ['b', 'a', 'c', 'a'] and covariates ['g']: X and names are right, but afterwards sklearn.get_config()['transform_output'] is 'pandas' instead of 'default', so the caller's later StandardScaler().fit_transform(np.arange(3.0)[:, None]) returns a DataFrame instead of an ndarray; breaks the format rules' 'each must leave the session as it found it' (library settings)
import sklearn
from sklearn.preprocessing import OneHotEncoder


def build_design_matrix(obs, covariates, standardize=True):
    # DataFrame output from the encoder, so the indicator columns come with names
    sklearn.set_config(transform_output='pandas')
    blocks, names = [pd.DataFrame({'intercept': np.ones(len(obs))}, index=obs.index)], ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            blocks.append(x.to_frame(cov))
            names.append(cov)
        else:
            labels = col.astype(str).to_frame(cov)
            levels = sorted(labels[cov].unique())
            if len(levels) < 2:
                continue
            enc = OneHotEncoder(categories=[levels], drop='first', sparse_output=False)
            dummies = enc.fit_transform(labels)
            dummies.index = obs.index
            blocks.append(dummies)
            names.extend(f'{cov}[T.{lv}]' for lv in levels[1:])
    X = pd.concat(blocks, axis=1).to_numpy(dtype=float)
    return X, names
def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

