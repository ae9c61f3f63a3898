# verdict: correct
# what: pd.Categorical over the string values with explicitly sorted categories, one-hot from the integer codes via np.eye; diagnostics with an if/else on matrix_rank
def build_design_matrix(obs, covariates, standardize=True):
    n = obs.shape[0]
    parts, names = [np.ones((n, 1))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_bool_dtype(col) or not pd.api.types.is_numeric_dtype(col):
            strings = col.astype(str)
            cat = pd.Categorical(strings, categories=sorted(strings.unique()))
            onehot = np.eye(len(cat.categories))[cat.codes]
            parts.append(onehot[:, 1:])
            names.extend(f"{cov}.{lev}" for lev in cat.categories[1:])
        else:
            z = col.to_numpy(dtype=float)
            if standardize:
                mu, sd = z.mean(), z.std()
                z = (z - mu) / sd
            parts.append(z.reshape(-1, 1))
            names.append(cov)
    return np.concatenate(parts, axis=1), names


def design_diagnostics(X):
    singular_values = np.linalg.svd(X, compute_uv=False)
    rank = np.linalg.matrix_rank(X)
    if rank < min(X.shape):
        condition_number = np.inf
    else:
        condition_number = singular_values[0] / singular_values[-1]
    return {"singular_values": singular_values, "rank": int(rank),
            "condition_number": float(condition_number)}
