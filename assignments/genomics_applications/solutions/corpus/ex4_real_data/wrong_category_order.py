# verdict: wrong
# what: for pandas categoricals uses the column's own category order (s.cat.categories) instead of sorting the levels as strings (e.g. louvain '0','1',...,'10' and bulk_labels are not in string order)
# feedback: level.*sort|sort.*level
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
            if isinstance(s.dtype, pd.CategoricalDtype):
                levels = [str(l) for l in s.cat.categories]     # already "sorted"
            else:
                levels = sorted(set(s.astype(str)))
            text = s.astype(str).to_numpy()
            for lev in levels[1:]:
                cols.append((text == lev).astype(float))
                names.append(f"{c}={lev}")
    return np.column_stack(cols), names


def design_diagnostics(X):
    S = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {"singular_values": S, "rank": rank, "condition_number": float(cond)}

