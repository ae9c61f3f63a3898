# verdict: wrong
# what: explicit Python loops (as correct_manual_loops) but indicator names joined by '_', f'{c}_{lev}': not distinct when a covariate name plus '_' starts another's ('cell' with level 'x_1' and 'cell_x' with level '1' both give 'cell_x_1'); breaks "names ... all distinct"
# feedback: distinct
def build_design_matrix(obs, covariates, standardize=True):
    n = len(obs)
    X_cols = [np.ones(n)]
    names = ["intercept"]
    for c in covariates:
        col = obs[c]
        if col.dtype.kind in "iuf":                     # numbers, but not bool ('b')
            v = np.asarray(col, dtype=np.float64)
            if standardize:
                v = (v - np.mean(v)) / np.std(v)
            X_cols.append(v)
            names.append(c)
        else:
            as_text = [str(v) for v in col]
            levels = sorted(set(as_text))
            for lev in levels[1:]:                      # first level is the baseline
                ind = np.zeros(n)
                for i in range(n):
                    if as_text[i] == lev:
                        ind[i] = 1.0
                X_cols.append(ind)
                names.append(f"{c}_{lev}")
    return np.column_stack(X_cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    S = np.linalg.svd(X, compute_uv=False)
    tol = S.max() * max(X.shape) * np.finfo(X.dtype).eps
    rank = int(np.sum(S > tol))
    if rank < min(X.shape):
        kappa = np.inf
    else:
        kappa = S[0] / S[-1]
    return {"singular_values": S, "rank": rank, "condition_number": kappa}
