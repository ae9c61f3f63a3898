# verdict: correct
# what: weighted least squares through a QR factorisation of sqrt(W) X, prints a progress line per iteration, history keeps an extra 'converged' key
def _poisson_dev(y, mu):
    out = -(y - mu)
    nz = y > 0
    out[nz] += y[nz] * np.log(y[nz] / mu[nz])
    return 2.0 * out.sum()


def irls_poisson(X, y, max_iter=25, tol=1e-8):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    eta = np.log(y + 0.1)
    beta = np.linalg.lstsq(X, eta, rcond=None)[0]
    hist = {'beta': [beta.copy()], 'deviance': [], 'converged': False}
    for it in range(1, max_iter + 1):
        mu = np.exp(eta)
        r = np.sqrt(mu)
        Q, R = np.linalg.qr(X * r[:, None])
        b = np.linalg.solve(R, Q.T @ (r * eta + (y - mu) / r))
        delta = np.max(np.abs(b - beta))
        beta = b
        eta = X @ beta
        hist['beta'].append(beta.copy())
        hist['deviance'].append(float(_poisson_dev(y, np.exp(eta))))
        print(f"iteration {it}: change {delta:.3e}, deviance {hist['deviance'][-1]:.6f}")
        if delta < tol:
            hist['converged'] = True
            break
    return beta, hist
