# verdict: wrong
# what: one indicator per level including the first (get_dummies without drop_first): the dummies sum to the intercept, X is rank deficient
# feedback: first level|after the first
def build_design_matrix(obs, covariates, standardize=True):
    cols, names = [np.ones(len(obs))], ["intercept"]
    for c in covariates:
        s = obs[c]
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            x = s.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(c)
        else:
            d = pd.get_dummies(s.astype(str), prefix=c, dtype=float)
            cols.extend(d[k].to_numpy() for k in d.columns)
            names.extend(d.columns)
    return np.column_stack(cols), names


def design_diagnostics(X):
    S = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}

