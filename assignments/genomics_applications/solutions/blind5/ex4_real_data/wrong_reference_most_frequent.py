# verdict: wrong
# what: the most frequent level is the reference (the usual modelling advice; ties go to the first in sorted order), not the first sorted level; breaks "The first level is the reference and gets no column; every other level gives a 0/1 indicator column".
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
            labels = col.astype(str)
            levels = sorted(labels.unique())
            counts = labels.value_counts()
            reference = min(levels, key=lambda lv: (-counts[lv], lv))   # largest group as baseline
            for level in levels:
                if level != reference:
                    cols.append((labels == level).to_numpy(dtype=float))
                    names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}

