# verdict: wrong
# what: rank is right but condition_number is always S[0]/S[-1] (a huge finite number, never numpy.inf, for rank-deficient X)
# feedback: condition number.*(inf|finite)
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
            text = s.astype(str).to_numpy()
            levels = sorted(set(text))
            for lev in levels[1:]:
                cols.append((text == lev).astype(float))
                names.append(f"{c}={lev}")
    return np.column_stack(cols), names


def design_diagnostics(X):
    S = np.linalg.svd(X, compute_uv=False)
    return {"singular_values": S, "rank": int(np.linalg.matrix_rank(X)),
            "condition_number": float(S.max() / S.min())}
