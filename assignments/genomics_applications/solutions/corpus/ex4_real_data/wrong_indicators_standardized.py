# verdict: wrong
# what: z-scores every non-intercept column when standardize is on, indicator columns included (they must stay 0/1)
# feedback: 0/1|indicator.*standardi
def build_design_matrix(obs, covariates, standardize=True):
    cols, names = [], []
    for c in covariates:
        s = obs[c]
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            cols.append(s.to_numpy(dtype=float))
            names.append(c)
        else:
            text = s.astype(str).to_numpy()
            levels = sorted(set(text))
            for lev in levels[1:]:
                cols.append((text == lev).astype(float))
                names.append(f"{c}={lev}")
    Z = np.column_stack(cols)
    if standardize:
        Z = (Z - Z.mean(axis=0)) / Z.std(axis=0)
    return np.column_stack([np.ones(len(obs)), Z]), ["intercept"] + names


def design_diagnostics(X):
    S = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}

