# verdict: wrong
# what: singular values as sqrt of np.linalg.eigvalsh(X.T @ X), which come out ascending (and only p of them)
# feedback: ascending|descending
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
    eig = np.linalg.eigvalsh(X.T @ X)
    S = np.sqrt(np.clip(eig, 0, None))
    rank = int(np.linalg.matrix_rank(X))
    cond = S[-1] / S[0] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}
