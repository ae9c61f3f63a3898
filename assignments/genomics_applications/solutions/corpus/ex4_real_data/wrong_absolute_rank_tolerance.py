# verdict: wrong
# what: the seed's rule: rank = number of singular values > 1e-10 (absolute) instead of numpy's relative default tolerance; wrong for tiny- or huge-scale X
# feedback: tolerance
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
    rank = int(np.sum(S > 1e-10))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}
