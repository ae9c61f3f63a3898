# verdict: correct
# what: builds X column by column in a preallocated float64 array, levels from sorted(set(...)) of the string labels, numeric columns via to_numpy(dtype=float64); diagnostics count singular values above numpy's tolerance by hand
def build_design_matrix(obs, covariates, standardize=True):
    """Design matrix (intercept first) from the columns covariates of the DataFrame obs."""
    blocks = []
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        numeric = pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col)
        if numeric:
            x = col.to_numpy(dtype=np.float64)
            if standardize:
                mu = x.mean()
                sd = np.sqrt(np.mean((x - mu) ** 2))        # population sd, ddof = 0
                x = (x - mu) / sd
            blocks.append(x[:, None])
            names.append(str(cov))
        else:
            labels = np.array([str(v) for v in col.astype(str).tolist()], dtype=object)
            levels = sorted(set(labels.tolist()))
            for lev in levels[1:]:
                blocks.append((labels == lev).astype(np.float64)[:, None])
                names.append(f"{cov}[T.{lev}]")
    X = np.empty((obs.shape[0], 1 + sum(b.shape[1] for b in blocks)), dtype=np.float64)
    X[:, 0] = 1.0
    j = 1
    for b in blocks:
        X[:, j:j + b.shape[1]] = b
        j += b.shape[1]
    return X, names


def design_diagnostics(X):
    """Singular values (descending), numerical rank and 2-norm condition number of X."""
    A = np.array(X, dtype=np.float64)
    sv = np.linalg.svd(A, compute_uv=False)
    tol = sv.max(initial=0.0) * max(A.shape) * np.finfo(np.float64).eps
    r = int(np.count_nonzero(sv > tol))
    kappa = float(sv[0] / sv[-1]) if r == min(A.shape) else float("inf")
    return {"singular_values": sv, "rank": r, "condition_number": kappa}
