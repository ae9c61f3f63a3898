# verdict: wrong
# what: like R's lm(), leaves out every column that is (to 1e-7 relative) a linear combination of the columns before it ('aliased'), so the design has full column rank; input: a = [1, 2, 4, 7, 3], b = [0, 1, 1, 2, 5], ab = a + b, standardize=False: names ['intercept', 'a', 'b'] (5 x 3) instead of ['intercept', 'a', 'b', 'ab'] (5 x 4); PBMC ['louvain', 'bulk_labels']: 19 columns without 'bulk_labels[T.CD34+]' instead of 20; breaks 'Then, for each covariate in the order given: a numeric ... column gives one column ... every other level gives a 0/1 indicator column'
def build_design_matrix(obs, covariates, standardize=True):
    columns, names = [np.ones(len(obs))], ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()

            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(cov)
        else:
            labels = col.astype(str)
            for level in sorted(labels.unique())[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    # like R's lm(): a column that is (numerically) a combination of the columns before it
    # is aliased and is left out, so the design has full column rank
    kept, kept_names, basis = [], [], np.zeros((len(obs), 0))
    for column, name in zip(columns, names):
        residual = column - basis @ (basis.T @ column)
        norm = np.linalg.norm(column)
        if norm == 0 or np.linalg.norm(residual) <= 1e-7 * norm:
            continue
        basis = np.column_stack([basis, residual / np.linalg.norm(residual)])
        kept.append(column)
        kept_names.append(name)
    return np.column_stack(kept), kept_names

def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

