# verdict: wrong
# what: indicators from col.astype(str).str.get_dummies(), which splits every value at '|' and ignores empty strings, then drops the first column (g = ['T|NK', 'T', 'B', 'T|NK']: columns g[T.NK] = [1, 0, 0, 1] and g[T.T] = [1, 1, 0, 1] instead of g[T.T] = [0, 1, 0, 0] and g[T.T|NK] = [1, 0, 0, 1]; g = ['', 'x', 'y', 'x']: one column g[T.y] instead of g[T.x], g[T.y]); right on the visible table and on PBMC; breaks "its levels are the distinct values that occur in the column ..., converted to strings"
def build_design_matrix(obs, covariates, standardize=True):
    blocks = [pd.DataFrame({'intercept': np.ones(len(obs))}, index=obs.index)]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float)
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            blocks.append(x.to_frame(str(cov)))
        else:
            # one 0/1 column per level (columns come out sorted), minus the reference level
            dummies = col.astype(str).str.get_dummies()
            dummies = dummies.iloc[:, 1:]
            dummies.columns = [f'{cov}[T.{level}]' for level in dummies.columns]
            blocks.append(dummies)
    X = pd.concat(blocks, axis=1)
    return X.to_numpy(dtype=float), list(X.columns)


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0] / s[-1]) if rank == min(X.shape) else np.inf
    return {'singular_values': s, 'rank': rank, 'condition_number': cond}
