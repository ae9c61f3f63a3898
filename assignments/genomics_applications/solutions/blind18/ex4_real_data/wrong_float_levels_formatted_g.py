# verdict: wrong
# what: float values are turned into levels with f'{v:g}' ("readable names, '2' rather than '2.0'") instead of str; an object column dose = [1, 1.0, 2.5, 1] gives one level '1' for 1 and 1.0 (columns dose[T.2.5] only) instead of the levels '1', '1.0', '2.5' (dose[T.1.0] = [0, 1, 0, 0], dose[T.2.5]); a categorical conc = [0.1 + 0.2, 0.3, 0.3, 0.1 + 0.2] gives no column instead of conc[T.0.30000000000000004] = [1, 0, 0, 1]; breaks "its levels are the distinct values ... converted to strings (col.astype(str); values that become the same string are one level)"

def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(str(cov))
        else:
            # float values as short strings ('2' rather than '2.0'), for readable names
            labels = np.array([f'{v:g}' if isinstance(v, (float, np.floating)) else str(v) for v in col])
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

