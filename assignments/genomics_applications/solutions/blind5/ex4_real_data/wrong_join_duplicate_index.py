# verdict: wrong
# what: assembles the design as a DataFrame and adds each categorical block with DataFrame.join on the index; when obs has repeated index labels the join pairs every row with every row of the same label, so X gets more rows than obs; breaks "X is a float numpy array with one row per row of obs, in the same order" ("its index can be anything").
def build_design_matrix(obs, covariates, standardize=True):
    design = pd.DataFrame({'intercept': np.ones(len(obs))}, index=obs.index)
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            design[cov] = x.to_numpy()
        else:
            labels = col.astype(str)
            levels = sorted(labels.unique())
            dummies = pd.DataFrame({f'{cov}[T.{lv}]': (labels == lv).astype(float) for lv in levels[1:]},
                                   index=obs.index)
            design = design.join(dummies)
    return design.to_numpy(dtype=float), list(design.columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    condition_number = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": condition_number}

