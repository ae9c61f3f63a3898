# verdict: correct
# what: pandas get_dummies(drop_first=True) on the covariate cast to str (sorted levels); thin SVD and np.linalg.matrix_rank
import scanpy as sc


def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        s = obs[cov]
        if pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s):
            x = s.to_numpy(dtype=float)
            if standardize:
                x = (x - x.mean()) / x.std()          # population sd (ddof=0)
            columns.append(x)
            names.append(cov)
        else:
            dummies = pd.get_dummies(s.astype(str), prefix=cov, prefix_sep='=',
                                     drop_first=True, dtype=float)
            for col in dummies.columns:
                columns.append(dummies[col].to_numpy())
                names.append(col)
    return np.column_stack(columns), names


def design_diagnostics(X):
    _, S, _ = np.linalg.svd(X, full_matrices=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = S[0] / S[-1] if rank == min(X.shape) else np.inf
    return {'singular_values': S, 'rank': rank, 'condition_number': float(cond)}


adata = sc.datasets.pbmc68k_reduced()
X_real, names_real = build_design_matrix(adata.obs, ['n_counts', 'percent_mito', 'phase', 'bulk_labels'])
diag = design_diagnostics(X_real)
print(X_real.shape, diag['rank'], f"cond = {diag['condition_number']:.2f}")
