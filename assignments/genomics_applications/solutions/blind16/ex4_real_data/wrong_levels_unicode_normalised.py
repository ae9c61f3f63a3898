# verdict: wrong
# what: cleans the labels with col.astype(str).str.normalize('NFKC'), merging distinct strings that are unicode variants (micro sign U+00B5 and Greek mu U+03BC, superscripts, full-width letters); input: dose = ['0 μM', '5 µM' (micro sign), '5 μM' (mu), '0 μM', '5 µM']: one indicator 'dose[T.5 μM]' = [0, 1, 1, 0, 1] instead of two, 'dose[T.5 µM]' = [0, 1, 0, 0, 1] and 'dose[T.5 μM]' = [0, 0, 1, 0, 0]; breaks 'its levels are the distinct values that occur in the column ..., converted to strings (col.astype(str); values that become the same string are one level)'
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
            # clean the labels: unicode variants of the same text (micro sign and Greek mu,
            # superscripts, full-width characters) are made one spelling
            labels = col.astype(str).str.normalize('NFKC')
            for level in sorted(labels.unique())[1:]:
                columns.append((labels == level).to_numpy(dtype=float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names

def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

