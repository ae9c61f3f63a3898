# verdict: wrong
# what: "cleans" the labels with .str.strip() before finding the levels, so values that differ only by surrounding spaces ('a' and 'a ') become one level; breaks "its levels are the distinct values that occur in the column ... converted to strings (col.astype(str); values that become the same string are one level)".
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).str.strip()                 # stray spaces in metadata
            levels = sorted(set(labels))
            for level in levels[1:]:
                cols.append((labels == level).to_numpy(dtype=float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}

