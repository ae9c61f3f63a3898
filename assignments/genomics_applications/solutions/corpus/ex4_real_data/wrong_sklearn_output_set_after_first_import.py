# verdict: wrong
# what: imports scikit-learn inside the function (the first import of the session) and sets sklearn.set_config(transform_output='pandas') so that the OneHotEncoder returns named columns, and leaves it set: the caller's later scikit-learn transforms return DataFrames
# feedback: library's settings.*sklearn\.get_config

def build_design_matrix(obs, covariates, standardize=True):
    import sklearn  # only this function needs it
    from sklearn.preprocessing import OneHotEncoder

    sklearn.set_config(transform_output='pandas')  # named columns from the encoder
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

