# verdict: wrong
# what: design_diagnostics gets the singular values as square roots of the eigenvalues of X^T X (or X X^T when wide), which squares the condition number: small singular values below ~1e-8 * s_max come out as rounding noise, so 'singular_values' and 'condition_number' are wrong for ill-conditioned full-rank X; breaks "'singular_values': the singular values of X ... (np.linalg.svd(X, compute_uv=False))" and "the largest singular value divided by the smallest"
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns covariates of the DataFrame obs."""
    n = len(obs)
    cols = [np.ones(n)]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std(ddof=0)
            cols.append(x)
            names.append(cov)
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(cols), names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    X = np.asarray(X, dtype=float)
    gram = X.T @ X if X.shape[0] >= X.shape[1] else X @ X.T      # min(X.shape) eigenvalues
    eig = np.linalg.eigvalsh(gram)[::-1]
    s = np.sqrt(np.clip(eig, 0.0, None))
    rank = int(np.linalg.matrix_rank(X))
    cond = np.inf if rank < min(X.shape) else float(s[0] / s[-1])
    return {"singular_values": s, "rank": rank, "condition_number": cond}
