"""Numerical diagnostics of a design matrix (exercise 4)."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._validation import as_design, rank_tolerance

__all__ = ["design_diagnostics"]


def design_diagnostics(X: Any) -> dict[str, Any]:
    """Singular values, numerical rank and condition number of a design.

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features)
        Real, finite design matrix.

    Returns
    -------
    dict
        ``'singular_values'`` : ndarray of shape (min(n_samples, n_features),),
        descending, from ``numpy.linalg.svd(X, compute_uv=False)``.
        ``'rank'`` : int, the number of singular values above numpy's default
        ``matrix_rank`` tolerance ``S.max() * max(n_samples, n_features) * eps``.
        ``'condition_number'`` : float, ``S[0] / S[-1]``, or ``numpy.inf`` when
        ``rank < min(n_samples, n_features)`` (rank deficient).

    Notes
    -----
    Rank and condition number come from the same singular values, so they
    can never disagree (a finite condition number always means full rank).
    """
    X = as_design(X)
    s = np.linalg.svd(X, compute_uv=False)
    rank = int(np.sum(s > rank_tolerance(s, X.shape)))
    cond = float(s[0] / s[-1]) if rank == s.size else float(np.inf)
    return {"singular_values": s, "rank": rank, "condition_number": cond}
