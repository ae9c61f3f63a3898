"""One weighted least-squares step, the inner solve of IRLS."""

from __future__ import annotations

import numpy as np
from scipy.linalg import solve_triangular

from ._validation import rank_tolerance
from .errors import RankDeficientError

__all__ = ["weighted_least_squares"]


def weighted_least_squares(X: np.ndarray, z: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Solve ``min_beta sum_i w_i (z_i - x_i^T beta)^2``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
        Design matrix, float64.
    z : ndarray of shape (n_samples,)
        Working response.
    w : ndarray of shape (n_samples,)
        Non-negative weights (a weight vector, never a diagonal matrix).

    Returns
    -------
    ndarray of shape (n_features,)
        The weighted least-squares coefficients.

    Raises
    ------
    RankDeficientError
        If ``sqrt(w) X`` is numerically rank deficient, e.g. because weights
        underflowed to zero; the message gives its condition number.

    Notes
    -----
    Solves the scaled problem ``min ||sqrt(w) z - sqrt(w) X beta||`` through a
    thin QR factorisation ``sqrt(w) X = Q R``, ``beta = R^{-1} Q^T sqrt(w) z``.
    This never forms ``X^T W X``, whose condition number is the square of
    that of ``sqrt(w) X``, so it stays accurate for ill-conditioned designs.
    Internal helper: inputs are assumed validated by the caller.
    """
    sw = np.sqrt(w)
    Xw = X * sw[:, None]
    Q, R = np.linalg.qr(Xw)
    # R has the singular values of sqrt(w) X; checking the small p x p factor is cheap
    s = np.linalg.svd(R, compute_uv=False)
    if s[-1] <= rank_tolerance(s, Xw.shape):
        cond = float(s[0] / s[-1]) if s[-1] > 0 else float("inf")
        raise RankDeficientError(
            f"weighted design sqrt(w) X is rank deficient (condition number {cond:.3e}); "
            f"smallest weight {w.min():.3e}, largest {w.max():.3e}",
            condition_number=cond,
        )
    return solve_triangular(R, Q.T @ (sw * z), lower=False, check_finite=False)
