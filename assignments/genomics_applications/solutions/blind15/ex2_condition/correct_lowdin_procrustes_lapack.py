# verdict: correct
# what: correct: U by Lowdin (symmetric) orthogonalisation G (G'G)^(-1/2) of a Gaussian block, applied twice, from eigh; V = scipy.linalg.orthogonal_procrustes of two Gaussian p x p blocks; singular values sqrt(n) kappa^(-t) with both ends set exactly; rmse fitted through raw LAPACK (dgeqrf Householder QR, dormqr to apply Q^T, dtrtrs for R), noise drawn trial-major with Generator.normal(scale=noise_sd)
from scipy.linalg import orthogonal_procrustes
from scipy.linalg.lapack import dgeqrf, dormqr, dtrtrs


def _lowdin(G):
    """G (G^T G)^(-1/2): the orthonormal factor of the polar decomposition of G."""
    lam, W = np.linalg.eigh(G.T @ G)
    return G @ ((W / np.sqrt(lam)) @ W.T)


def design_with_condition(n_samples, kappa, n_features=3, seed=0):
    gen = np.random.default_rng(seed)
    n, p = int(n_samples), int(n_features)
    U = _lowdin(_lowdin(gen.standard_normal((n, p))))          # second pass cleans up rounding
    V = orthogonal_procrustes(gen.standard_normal((p, p)), gen.standard_normal((p, p)))[0]
    t = np.linspace(0.0, 1.0, p)
    sv = np.sqrt(n) * float(kappa) ** (-t)
    sv[0] = np.sqrt(n)
    sv[-1] = np.sqrt(n) / float(kappa)
    return (U * sv) @ V.T


def coefficient_rmse(X, beta_true, noise_sd=1.0, n_trials=500, seed=0):
    A = np.array(X, dtype=np.float64, order='F')
    b0 = np.array(beta_true, dtype=np.float64)
    n, p = A.shape
    gen = np.random.default_rng(seed)
    E = gen.normal(0.0, noise_sd, size=(int(n_trials), n))       # one row per trial
    Y = np.asfortranarray((A @ b0)[:, None] + E.T)

    qr, tau, _, info = dgeqrf(A)
    assert info == 0
    lwork = int(dormqr('L', 'T', qr, tau, Y, -1)[1][0])
    QtY, _, info = dormqr('L', 'T', qr, tau, Y, max(lwork, 1))
    assert info == 0
    B, info = dtrtrs(np.triu(qr[:p, :p]), QtY[:p])
    assert info == 0
    err2 = ((B - b0[:, None]) ** 2).sum(axis=0)
    return float(np.sqrt(err2.mean()))
