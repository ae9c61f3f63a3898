# verdict: wrong
# what: treats only float64 columns as numeric (dtype == np.float64), so int and float32 covariates such as n_genes or n_counts are expanded into one indicator per distinct value
# feedback: numeric
def build_design_matrix(obs, covariates, standardize=True):
    cols, names = [np.ones(len(obs))], ["intercept"]
    for c in covariates:
        s = obs[c]
        if s.dtype == np.float64:
            x = s.to_numpy()
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
    rank = int(np.linalg.matrix_rank(X))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}

