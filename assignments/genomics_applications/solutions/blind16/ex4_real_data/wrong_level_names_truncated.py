# verdict: wrong
# what: cuts each level to 10 characters in the indicator names 'for printed tables'; input: PBMC ['bulk_labels']: 'CD4+/CD45RA+/CD25- Naive T' and 'CD4+/CD45RO+ Memory' both become 'bulk_labels[T.CD4+/CD45R]', 9 distinct names for 10 columns (X is right); the visible table's short levels are right; breaks 'names is a list of strings, one per column of X, all distinct'
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
                names.append(f"{cov}[T.{level[:10]}]")      # short names for printed tables
    return np.column_stack(columns), names

def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}

