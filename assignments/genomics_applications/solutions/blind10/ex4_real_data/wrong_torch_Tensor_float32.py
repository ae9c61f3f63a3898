# verdict: wrong
# what: torch pitfall: torch.Tensor(np_array) makes a float32 tensor, so the SVD and the rank are computed in single precision (with float32's tolerance) and the singular values are float32 numbers cast back to float64; X = Q1 diag(1, 1e-5, 1e-9) Q2' (8 x 3, as above): singular values [0.99999994, 9.99985e-6, 1.46e-8], rank 2, condition number inf instead of [1, 1e-5, 1e-9], rank 3, 1.0000000e9; X = [1, (1e4, 1e4+1, 1e4+2, 1e4+3)]: rank 1, inf instead of rank 2, 8.947e7; the visible table's design: condition number 9.2886925 instead of 9.2886928 (every input is off by about 1e-7 by construction); breaks 'for any 2-D float array X' diagnostics at numpy's default tolerance ('np.linalg.svd(X, compute_uv=False)', 'np.linalg.matrix_rank(X)')
def build_design_matrix(obs, covariates, standardize=True):
    cols = [np.ones(len(obs))]
    names = ['intercept']
    for cov in covariates:
        col = obs[cov]
        if pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            x = col.astype(float).to_numpy()
            if standardize:
                x = (x - x.mean()) / x.std()
            cols.append(x)
            names.append(str(cov))
        else:
            labels = col.astype(str).to_numpy()
            for level in sorted(set(labels))[1:]:
                cols.append((labels == level).astype(float))
                names.append(f'{cov}[T.{level}]')
    return np.column_stack(cols), names


def design_diagnostics(X):
    T = torch.Tensor(np.asarray(X))                     # torch's SVD
    s = torch.linalg.svdvals(T)
    rank = int(torch.linalg.matrix_rank(T))
    cond = float(s[0] / s[-1]) if rank == min(T.shape) else np.inf
    return {'singular_values': s.numpy().astype(float), 'rank': rank, 'condition_number': cond}
