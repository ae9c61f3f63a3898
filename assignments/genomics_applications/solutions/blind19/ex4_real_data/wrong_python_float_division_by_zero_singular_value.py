# verdict: wrong
# what: the condition number is computed first as float(s[0]) / float(s[-1]) (Python floats) and only then replaced by inf when rank deficient, so a matrix with an exactly zero singular value raises ZeroDivisionError; design_diagnostics(np.zeros((3, 2))) and design_diagnostics([[1, 0], [1, 0], [1, 0]]) raise ZeroDivisionError instead of returning rank 0 (and 1) with condition_number inf (breaks "'condition_number': ... np.inf when X is rank deficient" for 'any 2-D float array X')
# The student converts to Python floats to return a plain float as the format rules ask.
def build_design_matrix(obs, covariates, standardize=True):
    columns = [np.ones(len(obs))]
    names = ["intercept"]
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            columns.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                columns.append((labels == level).astype(float))
                names.append(f"{cov}[T.{level}]")
    return np.column_stack(columns), names


def design_diagnostics(X):
    X = np.asarray(X, dtype=float)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.linalg.matrix_rank(X))
    cond = float(s[0]) / float(s[-1])              # a plain Python float
    if rank < min(X.shape):
        cond = np.inf
    return {"singular_values": s, "rank": rank, "condition_number": cond}
